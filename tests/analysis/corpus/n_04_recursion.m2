./main.go:11:12: n does not escape
./main.go:36:10: &node{...} escapes to heap in build:
./main.go:36:10:   flow: head ← &{storage for &node{...}}:
./main.go:36:10:     from &node{...} (spill) at ./main.go:36:10
./main.go:36:10:     from head = &node{...} (assign) at ./main.go:36:8
./main.go:36:10: &node{...} escapes to heap
./main.go:42:7: &node{...} does not escape
