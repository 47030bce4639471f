./main.go:6:2: x escapes to heap in main:
./main.go:6:2:   flow: {heap} ← &x:
./main.go:6:2:     from &x (address-of) at ./main.go:7:26
./main.go:6:2:     from append(m["a"], &x) (call parameter) at ./main.go:7:17
./main.go:7:17: append(m["a"], &x) escapes to heap in main:
./main.go:7:17:   flow: {heap} ← &{storage for append(m["a"], &x)}:
./main.go:7:17:     from append(m["a"], &x) (spill) at ./main.go:7:17
./main.go:7:17:     from m["a"] = append(m["a"], &x) (assign) at ./main.go:7:9
./main.go:9:2: y escapes to heap in main:
./main.go:9:2:   flow: {heap} ← &y:
./main.go:9:2:     from &y (address-of) at ./main.go:10:9
./main.go:9:2:     from s[0] = &y (assign) at ./main.go:10:7
./main.go:12:14: make([]int, 4) escapes to heap in main:
./main.go:12:14:   flow: {heap} ← &{storage for make([]int, 4)}:
./main.go:12:14:     from make([]int, 4) (spill) at ./main.go:12:14
./main.go:12:14:     from m2[1] = make([]int, 4) (assign) at ./main.go:12:8
./main.go:14:26: []*int{...} escapes to heap in main:
./main.go:14:26:   flow: {heap} ← &{storage for []*int{...}}:
./main.go:14:26:     from []*int{...} (spill) at ./main.go:14:26
./main.go:14:26:     from map[int][]*int{...} (map literal value) at ./main.go:14:22
./main.go:13:2: z escapes to heap in main:
./main.go:13:2:   flow: {storage for []*int{...}} ← &z:
./main.go:13:2:     from &z (address-of) at ./main.go:14:27
./main.go:13:2:     from []*int{...} (slice-literal-element) at ./main.go:14:26
./main.go:6:2: moved to heap: x
./main.go:9:2: moved to heap: y
./main.go:13:2: moved to heap: z
./main.go:5:24: map[string][]*int{} does not escape
./main.go:7:17: append escapes to heap
./main.go:11:12: make(map[int][]int) does not escape
./main.go:12:14: make([]int, 4) escapes to heap
./main.go:14:22: map[int][]*int{...} does not escape
./main.go:14:26: []*int{...} escapes to heap
