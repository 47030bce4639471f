./main.go:10:9: &Buffer{...} escapes to heap in NewBuffer:
./main.go:10:9:   flow: ~r0 ← &{storage for &Buffer{...}}:
./main.go:10:9:     from &Buffer{...} (spill) at ./main.go:10:9
./main.go:10:9:     from return &Buffer{...} (return) at ./main.go:10:2
./main.go:10:27: make([]byte, n) escapes to heap in NewBuffer:
./main.go:10:27:   flow: {storage for &Buffer{...}} ← &{storage for make([]byte, n)}:
./main.go:10:27:     from make([]byte, n) (spill) at ./main.go:10:27
./main.go:10:27:     from Buffer{...} (struct literal element) at ./main.go:10:16
./main.go:10:9: &Buffer{...} escapes to heap
./main.go:10:27: make([]byte, n) escapes to heap
