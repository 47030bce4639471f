./main.go:7:10: new(int) does not escape
