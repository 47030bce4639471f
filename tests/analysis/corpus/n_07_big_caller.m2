./main.go:11:29: &T{...} escapes to heap in box:
./main.go:11:29:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:11:29:     from &T{...} (spill) at ./main.go:11:29
./main.go:11:29:     from return &T{...} (return) at ./main.go:11:22
./main.go:11:29: &T{...} escapes to heap
