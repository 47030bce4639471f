./main.go:8:14: r escapes to heap in foo:
./main.go:8:14:   flow: {storage for ... argument} ← &{storage for r}:
./main.go:8:14:     from r (spill) at ./main.go:8:14
./main.go:8:14:     from ... argument (slice-literal-element) at ./main.go:8:13
./main.go:8:14:   flow: {heap} ← {storage for ... argument}:
./main.go:8:14:     from ... argument (spill) at ./main.go:8:13
./main.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:8:13
./main.go:7:9: s + " world" escapes to heap in foo:
./main.go:7:9:   flow: r ← &{storage for s + " world"}:
./main.go:7:9:     from s + " world" (spill) at ./main.go:7:9
./main.go:7:9:     from r := s + " world" (assign) at ./main.go:7:4
./main.go:7:9:   flow: {storage for r} ← r:
./main.go:7:9:     from r (interface-converted) at ./main.go:8:14
./main.go:6:10: s does not escape
./main.go:7:9: s + " world" escapes to heap
./main.go:8:13: ... argument does not escape
./main.go:8:14: r escapes to heap
./main.go:14:17: len(t) escapes to heap in bar:
./main.go:14:17:   flow: {storage for ... argument} ← &{storage for len(t)}:
./main.go:14:17:     from len(t) (spill) at ./main.go:14:17
./main.go:14:17:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:17:   flow: {heap} ← {storage for ... argument}:
./main.go:14:17:     from ... argument (spill) at ./main.go:14:13
./main.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:12:10: s does not escape
./main.go:13:9: s + "!" does not escape
./main.go:14:13: ... argument does not escape
./main.go:14:17: len(t) escapes to heap
./main.go:19:17: len(out) escapes to heap in main:
./main.go:19:17:   flow: {storage for ... argument} ← &{storage for len(out)}:
./main.go:19:17:     from len(out) (spill) at ./main.go:19:17
./main.go:19:17:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:17:   flow: {heap} ← {storage for ... argument}:
./main.go:19:17:     from ... argument (spill) at ./main.go:19:13
./main.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:19:13: ... argument does not escape
./main.go:19:17: len(out) escapes to heap
