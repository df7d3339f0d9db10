module example.com/blinky

go 1.19
