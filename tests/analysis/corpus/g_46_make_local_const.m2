./main.go:8:11: make([]int64, 8193) escapes to heap in main:
./main.go:8:11:   flow: {heap} ← &{storage for make([]int64, 8193)}:
./main.go:8:11:     from make([]int64, 8193) (too large for stack) at ./main.go:8:11
./main.go:17:11: make([]int, 3) escapes to heap in main:
./main.go:17:11:   flow: f ← &{storage for make([]int, 3)}:
./main.go:17:11:     from make([]int, 3) (spill) at ./main.go:17:11
./main.go:17:11:     from f := make([]int, 3) (assign) at ./main.go:17:4
./main.go:17:11:   flow: {heap} ← f:
./main.go:17:11:     from sink = f (assign) at ./main.go:18:7
./main.go:8:11: make([]int64, 8193) escapes to heap
./main.go:10:11: make([]int64, 8192) does not escape
./main.go:13:11: make([]int, m2) does not escape
./main.go:15:11: make([]byte, 8589934592) does not escape
./main.go:16:11: make([]byte, 8589934592) does not escape
./main.go:17:11: make([]int, 3) escapes to heap
./main.go:19:11: make(map[int]int, n) does not escape
