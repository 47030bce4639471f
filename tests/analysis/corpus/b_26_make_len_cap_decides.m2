./main.go:6:11: make([]int64, 10, 10000) escapes to heap in sizes:
./main.go:6:11:   flow: {heap} ← &{storage for make([]int64, 10, 10000)}:
./main.go:6:11:     from make([]int64, 10, 10000) (too large for stack) at ./main.go:6:11
./main.go:5:11: make([]int64, n, 100) does not escape
./main.go:6:11: make([]int64, 10, 10000) escapes to heap
./main.go:7:11: make([]int64, 10000, n) does not escape
