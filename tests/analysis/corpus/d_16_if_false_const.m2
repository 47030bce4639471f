./main.go:15:10: &T{...} escapes to heap in f:
./main.go:15:10:   flow: {heap} ← &{storage for &T{...}}:
./main.go:15:10:     from &T{...} (spill) at ./main.go:15:10
./main.go:15:10:     from sink = &T{...} (assign) at ./main.go:15:8
./main.go:10:8: p does not escape
./main.go:15:10: &T{...} escapes to heap
./main.go:29:11: &T{...} does not escape
