./main.go:22:13: []*T{...} escapes to heap in build:
./main.go:22:13:   flow: ~r0 ← &{storage for []*T{...}}:
./main.go:22:13:     from []*T{...} (spill) at ./main.go:22:13
./main.go:22:13:     from return []*T{...} (return) at ./main.go:22:2
./main.go:22:14: &T{...} escapes to heap in build:
./main.go:22:14:   flow: {storage for []*T{...}} ← &{storage for &T{...}}:
./main.go:22:14:     from &T{...} (spill) at ./main.go:22:14
./main.go:22:14:     from []*T{...} (slice-literal-element) at ./main.go:22:13
./main.go:22:13: []*T{...} escapes to heap
./main.go:22:14: &T{...} escapes to heap
./main.go:11:9: &T{...} escapes to heap in init.0:
./main.go:11:9:   flow: {heap} ← &{storage for &T{...}}:
./main.go:11:9:     from &T{...} (spill) at ./main.go:11:9
./main.go:11:9:     from sink = &T{...} (assign) at ./main.go:11:7
./main.go:11:9: &T{...} escapes to heap
./main.go:12:7: &T{...} does not escape
./main.go:17:14: make(map[int]*T) escapes to heap in init.1:
./main.go:17:14:   flow: {heap} ← &{storage for make(map[int]*T)}:
./main.go:17:14:     from make(map[int]*T) (spill) at ./main.go:17:14
./main.go:17:14:     from table = make(map[int]*T) (assign) at ./main.go:17:8
./main.go:18:13: &T{...} escapes to heap in init.1:
./main.go:18:13:   flow: {heap} ← &{storage for &T{...}}:
./main.go:18:13:     from &T{...} (spill) at ./main.go:18:13
./main.go:18:13:     from table[1] = &T{...} (assign) at ./main.go:18:11
./main.go:17:14: make(map[int]*T) escapes to heap
./main.go:18:13: &T{...} escapes to heap
