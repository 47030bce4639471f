./main.go:9:16: parameter line leaks to {heap} for normalize with derefs=0:
./main.go:9:16:   flow: {heap} ← line:
./main.go:9:16:     from strings.Split(line, ",") (call parameter) at ./main.go:10:24
./main.go:9:16: leaking param: line
./main.go:19:14: s escapes to heap in main:
./main.go:19:14:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:19:14:     from s (spill) at ./main.go:19:14
./main.go:19:14:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:14:   flow: {heap} ← {storage for ... argument}:
./main.go:19:14:     from ... argument (spill) at ./main.go:19:13
./main.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:19:33: strings.Contains(s, "b") escapes to heap in main:
./main.go:19:33:   flow: {storage for ... argument} ← &{storage for strings.Contains(s, "b")}:
./main.go:19:33:     from strings.Contains(s, "b") (spill) at ./main.go:19:33
./main.go:19:33:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:33:   flow: {heap} ← {storage for ... argument}:
./main.go:19:33:     from ... argument (spill) at ./main.go:19:13
./main.go:19:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:19:60: strings.HasPrefix(s, "a") escapes to heap in main:
./main.go:19:60:   flow: {storage for ... argument} ← &{storage for strings.HasPrefix(s, "a")}:
./main.go:19:60:     from strings.HasPrefix(s, "a") (spill) at ./main.go:19:60
./main.go:19:60:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:60:   flow: {heap} ← {storage for ... argument}:
./main.go:19:60:     from ... argument (spill) at ./main.go:19:13
./main.go:19:60:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:21:14: before escapes to heap in main:
./main.go:21:14:   flow: {storage for ... argument} ← &{storage for before}:
./main.go:21:14:     from before (spill) at ./main.go:21:14
./main.go:21:14:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:14:   flow: {heap} ← {storage for ... argument}:
./main.go:21:14:     from ... argument (spill) at ./main.go:21:13
./main.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:21:22: after escapes to heap in main:
./main.go:21:22:   flow: {storage for ... argument} ← &{storage for after}:
./main.go:21:22:     from after (spill) at ./main.go:21:22
./main.go:21:22:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:22:   flow: {heap} ← {storage for ... argument}:
./main.go:21:22:     from ... argument (spill) at ./main.go:21:13
./main.go:21:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:21:29: found escapes to heap in main:
./main.go:21:29:   flow: {storage for ... argument} ← &{storage for found}:
./main.go:21:29:     from found (spill) at ./main.go:21:29
./main.go:21:29:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:29:   flow: {heap} ← {storage for ... argument}:
./main.go:21:29:     from ... argument (spill) at ./main.go:21:13
./main.go:21:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:19:13: ... argument does not escape
./main.go:19:14: s escapes to heap
./main.go:19:33: strings.Contains(s, "b") escapes to heap
./main.go:19:60: strings.HasPrefix(s, "a") escapes to heap
./main.go:21:13: ... argument does not escape
./main.go:21:14: before escapes to heap
./main.go:21:22: after escapes to heap
./main.go:21:29: found escapes to heap
