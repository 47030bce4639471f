./main.go:12:17: len(s) escapes to heap in main:
./main.go:12:17:   flow: {storage for ... argument} ← &{storage for len(s)}:
./main.go:12:17:     from len(s) (spill) at ./main.go:12:17
./main.go:12:17:     from ... argument (slice-literal-element) at ./main.go:12:13
./main.go:12:17:   flow: {heap} ← {storage for ... argument}:
./main.go:12:17:     from ... argument (spill) at ./main.go:12:13
./main.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:12:13
./main.go:12:44: utf8.RuneCountInString(s) escapes to heap in main:
./main.go:12:44:   flow: {storage for ... argument} ← &{storage for utf8.RuneCountInString(s)}:
./main.go:12:44:     from utf8.RuneCountInString(s) (spill) at ./main.go:12:44
./main.go:12:44:     from ... argument (slice-literal-element) at ./main.go:12:13
./main.go:12:44:   flow: {heap} ← {storage for ... argument}:
./main.go:12:44:     from ... argument (spill) at ./main.go:12:13
./main.go:12:44:     from fmt.Println(... argument...) (call parameter) at ./main.go:12:13
./main.go:15:25: i escapes to heap in main:
./main.go:15:25:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:15:25:     from i (spill) at ./main.go:15:25
./main.go:15:25:     from ... argument (slice-literal-element) at ./main.go:15:14
./main.go:15:25:   flow: {heap} ← {storage for ... argument}:
./main.go:15:25:     from ... argument (spill) at ./main.go:15:14
./main.go:15:25:     from fmt.Printf("%d:%c ", ... argument...) (call parameter) at ./main.go:15:14
./main.go:15:28: r escapes to heap in main:
./main.go:15:28:   flow: {storage for ... argument} ← &{storage for r}:
./main.go:15:28:     from r (spill) at ./main.go:15:28
./main.go:15:28:     from ... argument (slice-literal-element) at ./main.go:15:14
./main.go:15:28:   flow: {heap} ← {storage for ... argument}:
./main.go:15:28:     from ... argument (spill) at ./main.go:15:14
./main.go:15:28:     from fmt.Printf("%d:%c ", ... argument...) (call parameter) at ./main.go:15:14
./main.go:19:20: string(rs[1]) escapes to heap in main:
./main.go:19:20:   flow: {storage for ... argument} ← &{storage for string(rs[1])}:
./main.go:19:20:     from string(rs[1]) (spill) at ./main.go:19:20
./main.go:19:20:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:20:   flow: {heap} ← {storage for ... argument}:
./main.go:19:20:     from ... argument (spill) at ./main.go:19:13
./main.go:19:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:22:17: buf[:n] escapes to heap in main:
./main.go:22:17:   flow: {storage for ... argument} ← &{storage for buf[:n]}:
./main.go:22:17:     from buf[:n] (spill) at ./main.go:22:17
./main.go:22:17:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:17:   flow: {heap} ← {storage for ... argument}:
./main.go:22:17:     from ... argument (spill) at ./main.go:22:13
./main.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:39: utf8.ValidString(s) escapes to heap in main:
./main.go:22:39:   flow: {storage for ... argument} ← &{storage for utf8.ValidString(s)}:
./main.go:22:39:     from utf8.ValidString(s) (spill) at ./main.go:22:39
./main.go:22:39:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:39:   flow: {heap} ← {storage for ... argument}:
./main.go:22:39:     from ... argument (spill) at ./main.go:22:13
./main.go:22:39:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:20:13: make([]byte, 4) escapes to heap in main:
./main.go:20:13:   flow: buf ← &{storage for make([]byte, 4)}:
./main.go:20:13:     from make([]byte, 4) (spill) at ./main.go:20:13
./main.go:20:13:     from buf := make([]byte, 4) (assign) at ./main.go:20:6
./main.go:20:13:   flow: {storage for buf[:n]} ← buf:
./main.go:20:13:     from buf[:n] (slice) at ./main.go:22:17
./main.go:20:13:     from buf[:n] (interface-converted) at ./main.go:22:17
./main.go:19:23: string(rs[1]) escapes to heap in main:
./main.go:19:23:   flow: {storage for string(rs[1])} ← &{storage for string(rs[1])}:
./main.go:19:23:     from string(rs[1]) (spill) at ./main.go:19:23
./main.go:19:23:     from string(rs[1]) (interface-converted) at ./main.go:19:20
./main.go:12:13: ... argument does not escape
./main.go:12:17: len(s) escapes to heap
./main.go:12:44: utf8.RuneCountInString(s) escapes to heap
./main.go:15:14: ... argument does not escape
./main.go:15:25: i escapes to heap
./main.go:15:28: r escapes to heap
./main.go:18:15: ([]rune)(s) does not escape
./main.go:19:13: ... argument does not escape
./main.go:19:20: string(rs[1]) escapes to heap
./main.go:19:23: string(rs[1]) escapes to heap
./main.go:20:13: make([]byte, 4) escapes to heap
./main.go:22:13: ... argument does not escape
./main.go:22:17: buf[:n] escapes to heap
./main.go:22:39: utf8.ValidString(s) escapes to heap
