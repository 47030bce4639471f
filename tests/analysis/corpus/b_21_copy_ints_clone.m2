./main.go:5:13: make([]int, len(src)) escapes to heap in clone:
./main.go:5:13:   flow: dst ← &{storage for make([]int, len(src))}:
./main.go:5:13:     from make([]int, len(src)) (spill) at ./main.go:5:13
./main.go:5:13:     from dst := make([]int, len(src)) (assign) at ./main.go:5:6
./main.go:5:13:   flow: ~r0 ← dst:
./main.go:5:13:     from return dst (return) at ./main.go:7:2
./main.go:4:12: src does not escape
./main.go:5:13: make([]int, len(src)) escapes to heap
./main.go:10:30: []int{...} does not escape
