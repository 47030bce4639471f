./main.go:9:12: words does not escape
./main.go:22:19: build([]string{...}) escapes to heap in main:
./main.go:22:19:   flow: {storage for ... argument} ← &{storage for build([]string{...})}:
./main.go:22:19:     from build([]string{...}) (spill) at ./main.go:22:19
./main.go:22:19:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:19:   flow: {heap} ← {storage for ... argument}:
./main.go:22:19:     from ... argument (spill) at ./main.go:22:13
./main.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:13: ... argument does not escape
./main.go:22:19: build([]string{...}) escapes to heap
./main.go:22:28: []string{...} does not escape
