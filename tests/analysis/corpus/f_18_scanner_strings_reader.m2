./main.go:10:17: parameter text leaks to {heap} for countWords with derefs=0:
./main.go:10:17:   flow: {heap} ← text:
./main.go:10:17:     from strings.NewReader(text) (call parameter) at ./main.go:11:42
./main.go:10:17: leaking param: text
./main.go:22:14: l escapes to heap in main:
./main.go:22:14:   flow: {storage for ... argument} ← &{storage for l}:
./main.go:22:14:     from l (spill) at ./main.go:22:14
./main.go:22:14:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:14:   flow: {heap} ← {storage for ... argument}:
./main.go:22:14:     from ... argument (spill) at ./main.go:22:13
./main.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:17: w escapes to heap in main:
./main.go:22:17:   flow: {storage for ... argument} ← &{storage for w}:
./main.go:22:17:     from w (spill) at ./main.go:22:17
./main.go:22:17:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:17:   flow: {heap} ← {storage for ... argument}:
./main.go:22:17:     from ... argument (spill) at ./main.go:22:13
./main.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:13: ... argument does not escape
./main.go:22:14: l escapes to heap
./main.go:22:17: w escapes to heap
