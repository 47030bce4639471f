./main.go:14:15: new(int) escapes to heap in main:
./main.go:14:15:   flow: inner ← &{storage for new(int)}:
./main.go:14:15:     from new(int) (spill) at ./main.go:14:15
./main.go:14:15:     from inner = new(int) (assign) at ./main.go:14:10
./main.go:10:7: &box{...} escapes to heap in main:
./main.go:10:7:   flow: b ← &{storage for &box{...}}:
./main.go:10:7:     from &box{...} (spill) at ./main.go:10:7
./main.go:10:7:     from b = &box{...} (assign) at ./main.go:10:5
./main.go:10:7: &box{...} escapes to heap
./main.go:11:13: append does not escape
./main.go:14:15: new(int) escapes to heap
./main.go:15:13: make([]int, 8) does not escape
./main.go:18:11: new(int) does not escape
