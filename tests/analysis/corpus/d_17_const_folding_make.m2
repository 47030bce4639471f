./main.go:9:11: make([]byte, 65537) escapes to heap in main:
./main.go:9:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./main.go:9:11:     from make([]byte, 65537) (too large for stack) at ./main.go:9:11
./main.go:16:11: make([]int64, 8192, 10000) escapes to heap in main:
./main.go:16:11:   flow: {heap} ← &{storage for make([]int64, 8192, 10000)}:
./main.go:16:11:     from make([]int64, 8192, 10000) (too large for stack) at ./main.go:16:11
./main.go:7:11: make([]int, 6) does not escape
./main.go:8:11: make([]byte, 65536) does not escape
./main.go:9:11: make([]byte, 65537) escapes to heap
./main.go:10:11: make([]int, 5) does not escape
./main.go:11:11: make([]int, 3) does not escape
./main.go:12:11: make([]int, 97) does not escape
./main.go:13:11: make([]int, 2) does not escape
./main.go:14:11: make([]int, int32(9)) does not escape
./main.go:15:11: make([]int, byte(7), int64(20)) does not escape
./main.go:16:11: make([]int64, 8192, 10000) escapes to heap
./main.go:17:11: make([]int, 6, 12) does not escape
