./main.go:5:11: make([]int, 16) does not escape
./main.go:11:13: make([]int, 16) escapes to heap in leak:
./main.go:11:13:   flow: ~r0 ← &{storage for make([]int, 16)}:
./main.go:11:13:     from make([]int, 16) (spill) at ./main.go:11:13
./main.go:11:13:     from return make([]int, 16) (return) at ./main.go:11:2
./main.go:11:13: make([]int, 16) escapes to heap
