./main.go:13:11: make([]byte, 100000) escapes to heap in main:
./main.go:13:11:   flow: {heap} ← &{storage for make([]byte, 100000)}:
./main.go:13:11:     from make([]byte, 100000) (too large for stack) at ./main.go:13:11
./main.go:19:11: make([]byte, 70000) escapes to heap in main:
./main.go:19:11:   flow: {heap} ← &{storage for make([]byte, 70000)}:
./main.go:19:11:     from make([]byte, 70000) (too large for stack) at ./main.go:19:11
./main.go:5:13: []int{...} does not escape
./main.go:6:11: make([]int, 3) does not escape
./main.go:8:11: make([]int, 10) does not escape
./main.go:11:11: make([]int, n2) does not escape
./main.go:13:11: make([]byte, 100000) escapes to heap
./main.go:14:11: make([]int, 2) does not escape
./main.go:14:28: []int{...} does not escape
./main.go:15:11: make([]int, cap(xs)) does not escape
./main.go:17:11: make([]byte, len(s)) does not escape
./main.go:19:11: make([]byte, 70000) escapes to heap
./main.go:21:11: make([]int, 1, 5) does not escape
