./main.go:17:25: u escapes to heap in main:
./main.go:17:25:   flow: {heap} ← &{storage for u}:
./main.go:17:25:     from u (spill) at ./main.go:17:25
./main.go:17:25:     from json.Marshal(u) (call parameter) at ./main.go:17:24
./main.go:23:2: v escapes to heap in main:
./main.go:23:2:   flow: {heap} ← &v:
./main.go:23:2:     from &v (address-of) at ./main.go:24:30
./main.go:23:2:     from &v (interface-converted) at ./main.go:24:30
./main.go:23:2:     from json.MarshalIndent(&v, "", "  ") (call parameter) at ./main.go:24:29
./main.go:22:20: string(b) escapes to heap in main:
./main.go:22:20:   flow: {storage for ... argument} ← &{storage for string(b)}:
./main.go:22:20:     from string(b) (spill) at ./main.go:22:20
./main.go:22:20:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:20:   flow: {heap} ← {storage for ... argument}:
./main.go:22:20:     from ... argument (spill) at ./main.go:22:13
./main.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:25:17: len(b2) escapes to heap in main:
./main.go:25:17:   flow: {storage for ... argument} ← &{storage for len(b2)}:
./main.go:25:17:     from len(b2) (spill) at ./main.go:25:17
./main.go:25:17:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:17:   flow: {heap} ← {storage for ... argument}:
./main.go:25:17:     from ... argument (spill) at ./main.go:25:13
./main.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:22:21: string(b) escapes to heap in main:
./main.go:22:21:   flow: {storage for string(b)} ← &{storage for string(b)}:
./main.go:22:21:     from string(b) (spill) at ./main.go:22:21
./main.go:22:21:     from string(b) (interface-converted) at ./main.go:22:20
./main.go:23:2: moved to heap: v
./main.go:17:25: u escapes to heap
./main.go:19:14: ... argument does not escape
./main.go:22:13: ... argument does not escape
./main.go:22:20: string(b) escapes to heap
./main.go:22:21: string(b) escapes to heap
./main.go:25:13: ... argument does not escape
./main.go:25:17: len(b2) escapes to heap
