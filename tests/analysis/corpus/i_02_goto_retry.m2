./main.go:11:7: &conn{...} escapes to heap in dial:
./main.go:11:7:   flow: c ← &{storage for &conn{...}}:
./main.go:11:7:     from &conn{...} (spill) at ./main.go:11:7
./main.go:11:7:     from c := &conn{...} (assign) at ./main.go:11:4
./main.go:11:7:   flow: {heap} ← c:
./main.go:11:7:     from last = c (assign) at ./main.go:16:7
./main.go:11:7: &conn{...} escapes to heap
