./main.go:19:17: h + "." + p escapes to heap in encodeToken:
./main.go:19:17:   flow: ~r0 ← &{storage for h + "." + p}:
./main.go:19:17:     from h + "." + p (spill) at ./main.go:19:17
./main.go:19:17:     from return h + "." + p (return) at ./main.go:19:2
./main.go:16:18: t does not escape
./main.go:17:52: ([]byte)(t.Header) does not escape
./main.go:17:52: zero-copy string->[]byte conversion
./main.go:18:52: ([]byte)(t.Payload) does not escape
./main.go:18:52: zero-copy string->[]byte conversion
./main.go:19:17: h + "." + p escapes to heap
./main.go:22:18: parameter s leaks to {heap} for decodeToken with derefs=0:
./main.go:22:18:   flow: {heap} ← s:
./main.go:22:18:     from strings.SplitN(s, ".", 2) (call parameter) at ./main.go:23:25
./main.go:35:22: string(h) escapes to heap in decodeToken:
./main.go:35:22:   flow: ~r0 ← &{storage for string(h)}:
./main.go:35:22:     from string(h) (spill) at ./main.go:35:22
./main.go:35:22:     from Token{...} (struct literal element) at ./main.go:35:14
./main.go:35:22:     from return Token{...}, nil (return) at ./main.go:35:2
./main.go:35:33: string(p) escapes to heap in decodeToken:
./main.go:35:33:   flow: ~r0 ← &{storage for string(p)}:
./main.go:35:33:     from string(p) (spill) at ./main.go:35:33
./main.go:35:33:     from Token{...} (struct literal element) at ./main.go:35:14
./main.go:35:33:     from return Token{...}, nil (return) at ./main.go:35:2
./main.go:22:18: leaking param: s
./main.go:35:22: string(h) escapes to heap
./main.go:35:33: string(p) escapes to heap
./main.go:40:14: s escapes to heap in main:
./main.go:40:14:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:40:14:     from s (spill) at ./main.go:40:14
./main.go:40:14:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:14:   flow: {heap} ← {storage for ... argument}:
./main.go:40:14:     from ... argument (spill) at ./main.go:40:13
./main.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:42:15: t.Payload escapes to heap in main:
./main.go:42:15:   flow: {storage for ... argument} ← &{storage for t.Payload}:
./main.go:42:15:     from t.Payload (spill) at ./main.go:42:15
./main.go:42:15:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:15:   flow: {heap} ← {storage for ... argument}:
./main.go:42:15:     from ... argument (spill) at ./main.go:42:13
./main.go:42:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:43:22: hex.Dump(([]byte)("hello, gopher")) escapes to heap in main:
./main.go:43:22:   flow: {storage for ... argument} ← &{storage for hex.Dump(([]byte)("hello, gopher"))}:
./main.go:43:22:     from hex.Dump(([]byte)("hello, gopher")) (spill) at ./main.go:43:22
./main.go:43:22:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:22:   flow: {heap} ← {storage for ... argument}:
./main.go:43:22:     from ... argument (spill) at ./main.go:43:13
./main.go:43:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:45:14: b escapes to heap in main:
./main.go:45:14:   flow: {storage for ... argument} ← &{storage for b}:
./main.go:45:14:     from b (spill) at ./main.go:45:14
./main.go:45:14:     from ... argument (slice-literal-element) at ./main.go:45:13
./main.go:45:14:   flow: {heap} ← {storage for ... argument}:
./main.go:45:14:     from ... argument (spill) at ./main.go:45:13
./main.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:45:13
./main.go:40:13: ... argument does not escape
./main.go:40:14: s escapes to heap
./main.go:42:13: ... argument does not escape
./main.go:42:15: t.Payload escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:22: hex.Dump(([]byte)("hello, gopher")) escapes to heap
./main.go:43:30: ([]byte)("hello, gopher") does not escape
./main.go:43:30: zero-copy string->[]byte conversion
./main.go:45:13: ... argument does not escape
./main.go:45:14: b escapes to heap
