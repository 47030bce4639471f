./main.go:5:14: make([]go.shape.string, 0, len(m)) escapes to heap in Keys[go.shape.string,go.shape.int]:
./main.go:5:14:   flow: keys ← &{storage for make([]go.shape.string, 0, len(m))}:
./main.go:5:14:     from make([]go.shape.string, 0, len(m)) (spill) at ./main.go:5:14
./main.go:5:14:     from keys := make([]go.shape.string, 0, len(m)) (assign) at ./main.go:5:7
./main.go:5:14:   flow: ~r0 ← keys:
./main.go:5:14:     from return keys (return) at ./main.go:9:2
./main.go:7:16: append(keys, k) escapes to heap in Keys[go.shape.string,go.shape.int]:
./main.go:7:16:   flow: keys ← &{storage for append(keys, k)}:
./main.go:7:16:     from append(keys, k) (spill) at ./main.go:7:16
./main.go:7:16:     from keys = append(keys, k) (assign) at ./main.go:7:8
./main.go:7:16:   flow: ~r0 ← keys:
./main.go:7:16:     from return keys (return) at ./main.go:9:2
./main.go:5:14: make([]go.shape.string, 0, len(m)) escapes to heap
./main.go:7:16: append escapes to heap
./main.go:5:14: make([]go.shape.int, 0, len(m)) escapes to heap in Keys[go.shape.int,go.shape.*uint8]:
./main.go:5:14:   flow: keys ← &{storage for make([]go.shape.int, 0, len(m))}:
./main.go:5:14:     from make([]go.shape.int, 0, len(m)) (spill) at ./main.go:5:14
./main.go:5:14:     from keys := make([]go.shape.int, 0, len(m)) (assign) at ./main.go:5:7
./main.go:5:14:   flow: ~r0 ← keys:
./main.go:5:14:     from return keys (return) at ./main.go:9:2
./main.go:7:16: append(keys, k) escapes to heap in Keys[go.shape.int,go.shape.*uint8]:
./main.go:7:16:   flow: keys ← &{storage for append(keys, k)}:
./main.go:7:16:     from append(keys, k) (spill) at ./main.go:7:16
./main.go:7:16:     from keys = append(keys, k) (assign) at ./main.go:7:8
./main.go:7:16:   flow: ~r0 ← keys:
./main.go:7:16:     from return keys (return) at ./main.go:9:2
./main.go:5:14: make([]go.shape.int, 0, len(m)) escapes to heap
./main.go:7:16: append escapes to heap
./main.go:16:2: x escapes to heap in main:
./main.go:16:2:   flow: {heap} ← &x:
./main.go:16:2:     from &x (address-of) at ./main.go:17:9
./main.go:16:2:     from p[1] = &x (assign) at ./main.go:17:7
./main.go:16:2: moved to heap: x
./main.go:13:21: map[string]int{...} does not escape
./main.go:15:19: map[int]*int{} does not escape
