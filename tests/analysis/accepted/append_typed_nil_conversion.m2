./main.go:6:12: append does not escape
./main.go:7:12: append does not escape
