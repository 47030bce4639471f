./main.go:5:11: make([]byte, 65536) does not escape
./main.go:10:11: make([]byte, 65537) escapes to heap in over:
./main.go:10:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./main.go:10:11:     from make([]byte, 65537) (too large for stack) at ./main.go:10:11
./main.go:10:11: make([]byte, 65537) escapes to heap
