./main.go:15:9: &T{...} escapes to heap in mk:
./main.go:15:9:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:15:9:     from &T{...} (spill) at ./main.go:15:9
./main.go:15:9:     from return &T{...} (return) at ./main.go:15:2
./main.go:15:9: &T{...} escapes to heap
./main.go:6:22: map[string]*T{...} escapes to heap in init:
./main.go:6:22:   flow: {heap} ← &{storage for map[string]*T{...}}:
./main.go:6:22:     from map[string]*T{...} (spill) at ./main.go:6:22
./main.go:6:22:     from m = map[string]*T{...} (assign) at ./main.go:6:5
./main.go:6:28: &T{...} escapes to heap in init:
./main.go:6:28:   flow: {heap} ← &{storage for &T{...}}:
./main.go:6:28:     from &T{...} (spill) at ./main.go:6:28
./main.go:6:28:     from map[string]*T{...} (map literal value) at ./main.go:6:22
./main.go:7:15: make([]byte, 10) escapes to heap in init:
./main.go:7:15:   flow: {heap} ← &{storage for make([]byte, 10)}:
./main.go:7:15:     from make([]byte, 10) (spill) at ./main.go:7:15
./main.go:7:15:     from buf = make([]byte, 10) (assign) at ./main.go:7:5
./main.go:8:15: make([]byte, 100000) escapes to heap in init:
./main.go:8:15:   flow: {heap} ← &{storage for make([]byte, 100000)}:
./main.go:8:15:     from make([]byte, 100000) (spill) at ./main.go:8:15
./main.go:8:15:     from big = make([]byte, 100000) (assign) at ./main.go:8:5
./main.go:12:16: append([]int{...}, 2) escapes to heap in init:
./main.go:12:16:   flow: {heap} ← &{storage for append([]int{...}, 2)}:
./main.go:12:16:     from append([]int{...}, 2) (spill) at ./main.go:12:16
./main.go:12:16:     from ys = append([]int{...}, 2) (assign) at ./main.go:12:5
./main.go:8:15: make([]byte, 100000) escapes to heap in init:
./main.go:8:15:   flow: {heap} ← &{storage for make([]byte, 100000)}:
./main.go:8:15:     from make([]byte, 100000) (too large for stack) at ./main.go:8:15
./main.go:12:22: []int{...} escapes to heap in init:
./main.go:12:22:   flow: {temp} ← &{storage for []int{...}}:
./main.go:12:22:     from []int{...} (spill) at ./main.go:12:22
./main.go:12:22:     from append([]int{...}, 2) (call parameter) at ./main.go:12:16
./main.go:12:22:   flow: {heap} ← {temp}:
./main.go:12:22:     from ys = append([]int{...}, 2) (assign) at ./main.go:12:5
./main.go:6:22: map[string]*T{...} escapes to heap
./main.go:6:28: &T{...} escapes to heap
./main.go:7:15: make([]byte, 10) escapes to heap
./main.go:8:15: make([]byte, 100000) escapes to heap
./main.go:12:22: []int{...} escapes to heap
./main.go:12:16: append escapes to heap
