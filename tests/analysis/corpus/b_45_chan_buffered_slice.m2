./main.go:6:12: make([]int, 4) escapes to heap in roundtrip:
./main.go:6:12:   flow: {heap} ← &{storage for make([]int, 4)}:
./main.go:6:12:     from make([]int, 4) (spill) at ./main.go:6:12
./main.go:6:12:     from ch <- make([]int, 4) (send) at ./main.go:6:5
./main.go:6:12: make([]int, 4) escapes to heap
