./main.go:5:11: make([]byte, n) does not escape
./main.go:10:11: make([]byte, 0, n) does not escape
./main.go:11:12: append does not escape
