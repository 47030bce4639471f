./main.go:6:25: &T{...} escapes to heap in newT:
./main.go:6:25:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:6:25:     from &T{...} (spill) at ./main.go:6:25
./main.go:6:25:     from return &T{...} (return) at ./main.go:6:18
./main.go:6:25: &T{...} escapes to heap
./main.go:9:7: &T{...} does not escape
