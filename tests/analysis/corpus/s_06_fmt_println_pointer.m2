./main.go:9:2: t escapes to heap in f:
./main.go:9:2:   flow: {storage for ... argument} ← &t:
./main.go:9:2:     from &t (address-of) at ./main.go:10:14
./main.go:9:2:     from &t (interface-converted) at ./main.go:10:14
./main.go:9:2:     from ... argument (slice-literal-element) at ./main.go:10:13
./main.go:9:2:   flow: {heap} ← {storage for ... argument}:
./main.go:9:2:     from ... argument (spill) at ./main.go:10:13
./main.go:9:2:     from fmt.Println(... argument...) (call parameter) at ./main.go:10:13
./main.go:9:2: moved to heap: t
./main.go:10:13: ... argument does not escape
