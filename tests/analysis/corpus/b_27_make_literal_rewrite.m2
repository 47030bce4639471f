./main.go:6:11: make([]byte, 100000) escapes to heap in big:
./main.go:6:11:   flow: {heap} ← &{storage for make([]byte, 100000)}:
./main.go:6:11:     from make([]byte, 100000) (too large for stack) at ./main.go:6:11
./main.go:6:11: make([]byte, 100000) escapes to heap
./main.go:12:11: make([]byte, 64) does not escape
