./main.go:6:11: make([]int64, 8193) escapes to heap in f:
./main.go:6:11:   flow: {heap} ← &{storage for make([]int64, 8193)}:
./main.go:6:11:     from make([]int64, 8193) (too large for stack) at ./main.go:6:11
./main.go:5:11: make([]int64, 8192) does not escape
./main.go:6:11: make([]int64, 8193) escapes to heap
