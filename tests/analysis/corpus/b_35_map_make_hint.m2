./main.go:5:11: make(map[int]int, n) escapes to heap in squares:
./main.go:5:11:   flow: m ← &{storage for make(map[int]int, n)}:
./main.go:5:11:     from make(map[int]int, n) (spill) at ./main.go:5:11
./main.go:5:11:     from m := make(map[int]int, n) (assign) at ./main.go:5:4
./main.go:5:11:   flow: ~r0 ← m:
./main.go:5:11:     from return m (return) at ./main.go:9:2
./main.go:5:11: make(map[int]int, n) escapes to heap
./main.go:13:11: make(map[int]bool, 8) does not escape
