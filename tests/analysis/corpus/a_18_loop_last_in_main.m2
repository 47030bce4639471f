./main.go:9:10: &T{...} escapes to heap in main:
./main.go:9:10:   flow: last ← &{storage for &T{...}}:
./main.go:9:10:     from &T{...} (spill) at ./main.go:9:10
./main.go:9:10:     from last = &T{...} (assign) at ./main.go:9:8
./main.go:9:10: &T{...} escapes to heap
