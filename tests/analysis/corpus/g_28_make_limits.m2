./main.go:6:11: make([]byte, 65537) escapes to heap in sizes:
./main.go:6:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./main.go:6:11:     from make([]byte, 65537) (too large for stack) at ./main.go:6:11
./main.go:8:11: make([]int64, 8193) escapes to heap in sizes:
./main.go:8:11:   flow: {heap} ← &{storage for make([]int64, 8193)}:
./main.go:8:11:     from make([]int64, 8193) (too large for stack) at ./main.go:8:11
./main.go:9:11: make([]byte, 10, 65537) escapes to heap in sizes:
./main.go:9:11:   flow: {heap} ← &{storage for make([]byte, 10, 65537)}:
./main.go:9:11:     from make([]byte, 10, 65537) (too large for stack) at ./main.go:9:11
./main.go:12:11: make([]byte, 100000) escapes to heap in sizes:
./main.go:12:11:   flow: {heap} ← &{storage for make([]byte, 100000)}:
./main.go:12:11:     from make([]byte, 100000) (too large for stack) at ./main.go:12:11
./main.go:16:11: make([]byte, 70000) escapes to heap in sizes:
./main.go:16:11:   flow: {heap} ← &{storage for make([]byte, 70000)}:
./main.go:16:11:     from make([]byte, 70000) (too large for stack) at ./main.go:16:11
./main.go:17:11: make([]struct {}, 4) escapes to heap in sizes:
./main.go:17:11:   flow: {heap} ← &{storage for make([]struct {}, 4)}:
./main.go:17:11:     from make([]struct {}, 4) (zero-sized element) at ./main.go:17:11
./main.go:5:11: make([]byte, 65536) does not escape
./main.go:6:11: make([]byte, 65537) escapes to heap
./main.go:7:11: make([]int64, 8192) does not escape
./main.go:8:11: make([]int64, 8193) escapes to heap
./main.go:9:11: make([]byte, 10, 65537) escapes to heap
./main.go:10:11: make([]byte, n) does not escape
./main.go:12:11: make([]byte, 100000) escapes to heap
./main.go:14:11: make([]int, 64) does not escape
./main.go:16:11: make([]byte, 70000) escapes to heap
./main.go:17:11: make([]struct {}, 4) escapes to heap
