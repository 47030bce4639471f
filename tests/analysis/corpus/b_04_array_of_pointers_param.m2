./main.go:4:12: a does not escape
