./main.go:5:11: make([][3]int, 2730) does not escape
./main.go:10:11: make([][3]int, 2731) escapes to heap in over:
./main.go:10:11:   flow: {heap} ← &{storage for make([][3]int, 2731)}:
./main.go:10:11:     from make([][3]int, 2731) (too large for stack) at ./main.go:10:11
./main.go:10:11: make([][3]int, 2731) escapes to heap
