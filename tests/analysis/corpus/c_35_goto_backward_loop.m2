./main.go:10:8: &item{...} escapes to heap in build:
./main.go:10:8:   flow: cur ← &{storage for &item{...}}:
./main.go:10:8:     from &item{...} (spill) at ./main.go:10:8
./main.go:10:8:     from cur = &item{...} (assign) at ./main.go:10:6
./main.go:10:8: &item{...} escapes to heap
./main.go:20:8: &item{...} does not escape
