./main.go:6:11: make([]byte, 65537) escapes to heap in f:
./main.go:6:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./main.go:6:11:     from make([]byte, 65537) (too large for stack) at ./main.go:6:11
./main.go:5:11: make([]byte, 65536) does not escape
./main.go:6:11: make([]byte, 65537) escapes to heap
./main.go:7:11: make([]byte, n) does not escape
./main.go:8:11: make(map[string]int) does not escape
