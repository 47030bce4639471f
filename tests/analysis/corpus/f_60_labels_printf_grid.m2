./main.go:12:36: i escapes to heap in main:
./main.go:12:36:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:12:36:     from i (spill) at ./main.go:12:36
./main.go:12:36:     from ... argument (slice-literal-element) at ./main.go:12:15
./main.go:12:36:   flow: {heap} ← {storage for ... argument}:
./main.go:12:36:     from ... argument (spill) at ./main.go:12:15
./main.go:12:36:     from fmt.Printf("found at %d,%d\n", ... argument...) (call parameter) at ./main.go:12:15
./main.go:12:39: j escapes to heap in main:
./main.go:12:39:   flow: {storage for ... argument} ← &{storage for j}:
./main.go:12:39:     from j (spill) at ./main.go:12:39
./main.go:12:39:     from ... argument (slice-literal-element) at ./main.go:12:15
./main.go:12:39:   flow: {heap} ← {storage for ... argument}:
./main.go:12:39:     from ... argument (spill) at ./main.go:12:15
./main.go:12:39:     from fmt.Printf("found at %d,%d\n", ... argument...) (call parameter) at ./main.go:12:15
./main.go:17:14: grid escapes to heap in main:
./main.go:17:14:   flow: {storage for ... argument} ← &{storage for grid}:
./main.go:17:14:     from grid (spill) at ./main.go:17:14
./main.go:17:14:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:14:   flow: {heap} ← {storage for ... argument}:
./main.go:17:14:     from ... argument (spill) at ./main.go:17:13
./main.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:7:17: [][]int{...} escapes to heap in main:
./main.go:7:17:   flow: grid ← &{storage for [][]int{...}}:
./main.go:7:17:     from [][]int{...} (spill) at ./main.go:7:17
./main.go:7:17:     from grid := [][]int{...} (assign) at ./main.go:7:7
./main.go:7:17:   flow: {storage for grid} ← grid:
./main.go:7:17:     from grid (interface-converted) at ./main.go:17:14
./main.go:7:18: []int{...} escapes to heap in main:
./main.go:7:18:   flow: {storage for [][]int{...}} ← &{storage for []int{...}}:
./main.go:7:18:     from []int{...} (spill) at ./main.go:7:18
./main.go:7:18:     from [][]int{...} (slice-literal-element) at ./main.go:7:17
./main.go:7:26: []int{...} escapes to heap in main:
./main.go:7:26:   flow: {storage for [][]int{...}} ← &{storage for []int{...}}:
./main.go:7:26:     from []int{...} (spill) at ./main.go:7:26
./main.go:7:26:     from [][]int{...} (slice-literal-element) at ./main.go:7:17
./main.go:7:17: [][]int{...} escapes to heap
./main.go:7:18: []int{...} escapes to heap
./main.go:7:26: []int{...} escapes to heap
./main.go:12:15: ... argument does not escape
./main.go:12:36: i escapes to heap
./main.go:12:39: j escapes to heap
./main.go:17:13: ... argument does not escape
./main.go:17:14: grid escapes to heap
