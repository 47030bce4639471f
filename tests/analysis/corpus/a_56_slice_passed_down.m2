./main.go:4:11: buf does not escape
./main.go:13:11: make([]byte, 32) does not escape
