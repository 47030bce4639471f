./main.go:5:11: make([]byte, 8589934592) does not escape
