./main.go:5:11: make([]struct {}, 10) escapes to heap in f:
./main.go:5:11:   flow: {heap} ← &{storage for make([]struct {}, 10)}:
./main.go:5:11:     from make([]struct {}, 10) (zero-sized element) at ./main.go:5:11
./main.go:5:11: make([]struct {}, 10) escapes to heap
