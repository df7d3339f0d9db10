module example.com/button

go 1.19
