./main.go:14:10: &N{...} escapes to heap in build:
./main.go:14:10:   flow: head ← &{storage for &N{...}}:
./main.go:14:10:     from &N{...} (spill) at ./main.go:14:10
./main.go:14:10:     from head = &N{...} (assign) at ./main.go:14:8
./main.go:14:10: &N{...} escapes to heap
./main.go:25:6: &N{...} does not escape
