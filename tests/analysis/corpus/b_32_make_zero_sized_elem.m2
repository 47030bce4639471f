./main.go:5:11: make([]struct {}, n) escapes to heap in sets:
./main.go:5:11:   flow: {heap} ← &{storage for make([]struct {}, n)}:
./main.go:5:11:     from make([]struct {}, n) (zero-sized element) at ./main.go:5:11
./main.go:6:11: make([]struct {}, 4) escapes to heap in sets:
./main.go:6:11:   flow: {heap} ← &{storage for make([]struct {}, 4)}:
./main.go:6:11:     from make([]struct {}, 4) (zero-sized element) at ./main.go:6:11
./main.go:7:11: make([][0]int, 3) escapes to heap in sets:
./main.go:7:11:   flow: {heap} ← &{storage for make([][0]int, 3)}:
./main.go:7:11:     from make([][0]int, 3) (zero-sized element) at ./main.go:7:11
./main.go:5:11: make([]struct {}, n) escapes to heap
./main.go:6:11: make([]struct {}, 4) escapes to heap
./main.go:7:11: make([][0]int, 3) escapes to heap
