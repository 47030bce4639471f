./main.go:9:16: append does not escape
