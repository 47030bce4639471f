./main.go:7:18: append(m[x % 3], x) escapes to heap in group:
./main.go:7:18:   flow: {heap} ← &{storage for append(m[x % 3], x)}:
./main.go:7:18:     from append(m[x % 3], x) (spill) at ./main.go:7:18
./main.go:7:18:     from m[x % 3] = append(m[x % 3], x) (assign) at ./main.go:7:10
./main.go:5:20: map[int][]int{} escapes to heap in group:
./main.go:5:20:   flow: m ← &{storage for map[int][]int{}}:
./main.go:5:20:     from map[int][]int{} (spill) at ./main.go:5:20
./main.go:5:20:     from m := map[int][]int{} (assign) at ./main.go:5:4
./main.go:5:20:   flow: ~r0 ← m:
./main.go:5:20:     from return m (return) at ./main.go:9:2
./main.go:4:12: xs does not escape
./main.go:5:20: map[int][]int{} escapes to heap
./main.go:7:18: append escapes to heap
./main.go:12:30: []int{...} does not escape
