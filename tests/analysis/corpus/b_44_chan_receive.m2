./main.go:4:14: ch does not escape
./main.go:12:14: ch does not escape
