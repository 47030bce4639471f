./main.go:8:11: make([]byte, 8589934592) does not escape
