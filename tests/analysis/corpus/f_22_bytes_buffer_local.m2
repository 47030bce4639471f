./main.go:9:13: items does not escape
./main.go:20:19: ([]byte)("abc") does not escape
./main.go:20:19: zero-copy string->[]byte conversion
./main.go:25:18: render([]string{...}) escapes to heap in main:
./main.go:25:18:   flow: {storage for ... argument} ← &{storage for render([]string{...})}:
./main.go:25:18:     from render([]string{...}) (spill) at ./main.go:25:18
./main.go:25:18:     from ... argument (slice-literal-element) at ./main.go:25:11
./main.go:25:18:   flow: {heap} ← {storage for ... argument}:
./main.go:25:18:     from ... argument (spill) at ./main.go:25:11
./main.go:25:18:     from fmt.Print(... argument...) (call parameter) at ./main.go:25:11
./main.go:26:17: len(raw()) escapes to heap in main:
./main.go:26:17:   flow: {storage for ... argument} ← &{storage for len(raw())}:
./main.go:26:17:     from len(raw()) (spill) at ./main.go:26:17
./main.go:26:17:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:17:   flow: {heap} ← {storage for ... argument}:
./main.go:26:17:     from ... argument (spill) at ./main.go:26:13
./main.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:26:13
./main.go:25:11: ... argument does not escape
./main.go:25:18: render([]string{...}) escapes to heap
./main.go:25:27: []string{...} does not escape
./main.go:26:13: ... argument does not escape
./main.go:26:17: len(raw()) escapes to heap
