./main.go:11:11: m does not escape
./main.go:11:29: k does not escape
./main.go:22:15: "missing:" escapes to heap in main:
./main.go:22:15:   flow: {storage for ... argument} ← &{storage for "missing:"}:
./main.go:22:15:     from "missing:" (spill) at ./main.go:22:15
./main.go:22:15:     from ... argument (slice-literal-element) at ./main.go:22:14
./main.go:22:15:   flow: {heap} ← {storage for ... argument}:
./main.go:22:15:     from ... argument (spill) at ./main.go:22:14
./main.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:14
./main.go:25:14: v escapes to heap in main:
./main.go:25:14:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:25:14:     from v (spill) at ./main.go:25:14
./main.go:25:14:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:14:   flow: {heap} ← {storage for ... argument}:
./main.go:25:14:     from ... argument (spill) at ./main.go:25:13
./main.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:20:21: map[string]int{...} does not escape
./main.go:22:14: ... argument does not escape
./main.go:22:15: "missing:" escapes to heap
./main.go:25:13: ... argument does not escape
./main.go:25:14: v escapes to heap
