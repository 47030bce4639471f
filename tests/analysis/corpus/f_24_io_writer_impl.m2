./main.go:23:9: devirtualizing w.Write to *counter
./main.go:13:7: c does not escape
./main.go:13:25: p does not escape
./main.go:19:6: c escapes to heap in main:
./main.go:19:6:   flow: {heap} ← &c:
./main.go:19:6:     from &c (address-of) at ./main.go:20:14
./main.go:19:6:     from &c (interface-converted) at ./main.go:20:14
./main.go:19:6:     from fmt.Fprintf(&c, "%s %d", ... argument...) (call parameter) at ./main.go:20:13
./main.go:20:27: "abc" escapes to heap in main:
./main.go:20:27:   flow: {storage for ... argument} ← &{storage for "abc"}:
./main.go:20:27:     from "abc" (spill) at ./main.go:20:27
./main.go:20:27:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:27:   flow: {heap} ← {storage for ... argument}:
./main.go:20:27:     from ... argument (spill) at ./main.go:20:13
./main.go:20:27:     from fmt.Fprintf(&c, "%s %d", ... argument...) (call parameter) at ./main.go:20:13
./main.go:20:34: 12 escapes to heap in main:
./main.go:20:34:   flow: {storage for ... argument} ← &{storage for 12}:
./main.go:20:34:     from 12 (spill) at ./main.go:20:34
./main.go:20:34:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:34:   flow: {heap} ← {storage for ... argument}:
./main.go:20:34:     from ... argument (spill) at ./main.go:20:13
./main.go:20:34:     from fmt.Fprintf(&c, "%s %d", ... argument...) (call parameter) at ./main.go:20:13
./main.go:21:15: c.n escapes to heap in main:
./main.go:21:15:   flow: {storage for ... argument} ← &{storage for c.n}:
./main.go:21:15:     from c.n (spill) at ./main.go:21:15
./main.go:21:15:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:15:   flow: {heap} ← {storage for ... argument}:
./main.go:21:15:     from ... argument (spill) at ./main.go:21:13
./main.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:22:20: &counter{} escapes to heap in main:
./main.go:22:20:   flow: w ← &{storage for &counter{}}:
./main.go:22:20:     from &counter{} (spill) at ./main.go:22:20
./main.go:22:20:     from &counter{} (interface-converted) at ./main.go:22:20
./main.go:22:20:     from w := &counter{} (assign) at ./main.go:22:6
./main.go:22:20:   flow: {heap} ← w:
./main.go:22:20:     from io.WriteString(w, "more") (call parameter) at ./main.go:24:16
./main.go:19:6: moved to heap: c
./main.go:20:13: ... argument does not escape
./main.go:20:27: "abc" escapes to heap
./main.go:20:34: 12 escapes to heap
./main.go:21:13: ... argument does not escape
./main.go:21:15: c.n escapes to heap
./main.go:22:20: &counter{} escapes to heap
./main.go:23:17: ([]byte)("xy") does not escape
./main.go:23:17: zero-copy string->[]byte conversion
