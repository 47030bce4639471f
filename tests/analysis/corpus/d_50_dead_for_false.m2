./main.go:25:10: &T{...} escapes to heap in f:
./main.go:25:10:   flow: {heap} ← &{storage for &T{...}}:
./main.go:25:10:     from &T{...} (spill) at ./main.go:25:10
./main.go:25:10:     from sink = &T{...} (assign) at ./main.go:25:8
./main.go:8:8: p does not escape
./main.go:15:11: &T{...} does not escape
./main.go:25:10: &T{...} escapes to heap
