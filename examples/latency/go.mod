module example.com/latency

go 1.19
