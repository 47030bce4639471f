./main.go:6:23: 1 escapes to heap in main:
./main.go:6:23:   flow: {storage for ... argument} ← &{storage for 1}:
./main.go:6:23:     from 1 (spill) at ./main.go:6:23
./main.go:6:23:     from ... argument (slice-literal-element) at ./main.go:6:22
./main.go:6:23:   flow: {heap} ← {storage for ... argument}:
./main.go:6:23:     from ... argument (spill) at ./main.go:6:22
./main.go:6:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:6:22
./main.go:6:22: ... argument does not escape
./main.go:6:23: 1 escapes to heap
