./main.go:10:2: e escapes to heap in main:
./main.go:10:2:   flow: {heap} ← &e:
./main.go:10:2:     from &e (address-of) at ./main.go:11:10
./main.go:10:2:     from sinkE = &e (assign) at ./main.go:11:8
./main.go:12:10: &E{} escapes to heap in main:
./main.go:12:10:   flow: {heap} ← &{storage for &E{}}:
./main.go:12:10:     from &E{} (spill) at ./main.go:12:10
./main.go:12:10:     from sinkE = &E{} (assign) at ./main.go:12:8
./main.go:17:13: new([0]int) escapes to heap in main:
./main.go:17:13:   flow: {heap} ← &{storage for new([0]int)}:
./main.go:17:13:     from new([0]int) (spill) at ./main.go:17:13
./main.go:17:13:     from sinkZ = new([0]int) (assign) at ./main.go:17:8
./main.go:15:12: make([]struct {}, 3) escapes to heap in main:
./main.go:15:12:   flow: {heap} ← &{storage for make([]struct {}, 3)}:
./main.go:15:12:     from make([]struct {}, 3) (zero-sized element) at ./main.go:15:12
./main.go:18:12: make([][0]int, 5) escapes to heap in main:
./main.go:18:12:   flow: {heap} ← &{storage for make([][0]int, 5)}:
./main.go:18:12:     from make([][0]int, 5) (zero-sized element) at ./main.go:18:12
./main.go:10:2: moved to heap: e
./main.go:12:10: &E{} escapes to heap
./main.go:13:7: &struct {}{} does not escape
./main.go:14:10: new(struct {}) does not escape
./main.go:15:12: make([]struct {}, 3) escapes to heap
./main.go:17:13: new([0]int) escapes to heap
./main.go:18:12: make([][0]int, 5) escapes to heap
