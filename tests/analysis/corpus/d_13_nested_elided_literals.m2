./main.go:10:13: []*T{...} escapes to heap in main:
./main.go:10:13:   flow: {heap} ← &{storage for []*T{...}}:
./main.go:10:13:     from []*T{...} (spill) at ./main.go:10:13
./main.go:10:13:     from sink = []*T{...} (assign) at ./main.go:10:7
./main.go:10:14: &T{...} escapes to heap in main:
./main.go:10:14:   flow: {storage for []*T{...}} ← &{storage for &T{...}}:
./main.go:10:14:     from &T{...} (spill) at ./main.go:10:14
./main.go:10:14:     from []*T{...} (slice-literal-element) at ./main.go:10:13
./main.go:10:19: &T{...} escapes to heap in main:
./main.go:10:19:   flow: {storage for []*T{...}} ← &{storage for &T{...}}:
./main.go:10:19:     from &T{...} (spill) at ./main.go:10:19
./main.go:10:19:     from []*T{...} (slice-literal-element) at ./main.go:10:13
./main.go:11:23: map[string]*T{...} escapes to heap in main:
./main.go:11:23:   flow: {heap} ← &{storage for map[string]*T{...}}:
./main.go:11:23:     from map[string]*T{...} (spill) at ./main.go:11:23
./main.go:11:23:     from sinkM = map[string]*T{...} (assign) at ./main.go:11:8
./main.go:11:29: &T{...} escapes to heap in main:
./main.go:11:29:   flow: {heap} ← &{storage for &T{...}}:
./main.go:11:29:     from &T{...} (spill) at ./main.go:11:29
./main.go:11:29:     from map[string]*T{...} (map literal value) at ./main.go:11:23
./main.go:11:39: &T{...} escapes to heap in main:
./main.go:11:39:   flow: {heap} ← &{storage for &T{...}}:
./main.go:11:39:     from &T{...} (spill) at ./main.go:11:39
./main.go:11:39:     from map[string]*T{...} (map literal value) at ./main.go:11:23
./main.go:15:22: &T{...} escapes to heap in main:
./main.go:15:22:   flow: {heap} ← &{storage for &T{...}}:
./main.go:15:22:     from &T{...} (spill) at ./main.go:15:22
./main.go:15:22:     from map[T]*T{...} (map literal value) at ./main.go:15:16
./main.go:10:13: []*T{...} escapes to heap
./main.go:10:14: &T{...} escapes to heap
./main.go:10:19: &T{...} escapes to heap
./main.go:11:23: map[string]*T{...} escapes to heap
./main.go:11:29: &T{...} escapes to heap
./main.go:11:39: &T{...} escapes to heap
./main.go:12:15: [][]int{...} does not escape
./main.go:12:16: []int{...} does not escape
./main.go:12:21: []int{...} does not escape
./main.go:13:16: []*[]int{...} does not escape
./main.go:13:17: &[]int{...} does not escape
./main.go:13:17: []int{...} does not escape
./main.go:13:22: &[]int{...} does not escape
./main.go:13:22: []int{...} does not escape
./main.go:14:16: &T{...} does not escape
./main.go:15:16: map[T]*T{...} does not escape
./main.go:15:22: &T{...} escapes to heap
./main.go:16:14: [][]*T{...} does not escape
./main.go:16:15: []*T{...} does not escape
./main.go:16:16: &T{...} does not escape
./main.go:16:22: []*T{} does not escape
