module example.com/strings

go 1.19
