./main.go:5:11: make([]int, 0, 4) does not escape
./main.go:6:12: append does not escape
