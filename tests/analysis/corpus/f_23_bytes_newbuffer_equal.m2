./main.go:16:31: ([]byte)("a,b") escapes to heap in main:
./main.go:16:31:   flow: {heap} ← &{storage for ([]byte)("a,b")}:
./main.go:16:31:     from ([]byte)("a,b") (spill) at ./main.go:16:31
./main.go:16:31:     from bytes.Split(([]byte)("a,b"), ([]byte)(",")) (call parameter) at ./main.go:16:23
./main.go:10:17: ([]byte)("hello") escapes to heap in main:
./main.go:10:17:   flow: data ← &{storage for ([]byte)("hello")}:
./main.go:10:17:     from ([]byte)("hello") (spill) at ./main.go:10:17
./main.go:10:17:     from data := ([]byte)("hello") (assign) at ./main.go:10:7
./main.go:10:17:   flow: {heap} ← data:
./main.go:10:17:     from bytes.NewBuffer(data) (call parameter) at ./main.go:11:22
./main.go:13:22: (*bytes.Buffer).String(b) escapes to heap in main:
./main.go:13:22:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).String(b)}:
./main.go:13:22:     from (*bytes.Buffer).String(b) (spill) at ./main.go:13:22
./main.go:13:22:     from ... argument (slice-literal-element) at ./main.go:13:13
./main.go:13:22:   flow: {heap} ← {storage for ... argument}:
./main.go:13:22:     from ... argument (spill) at ./main.go:13:13
./main.go:13:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:13:13
./main.go:13:37: bytes.Equal(data, ([]byte)("hello")) escapes to heap in main:
./main.go:13:37:   flow: {storage for ... argument} ← &{storage for bytes.Equal(data, ([]byte)("hello"))}:
./main.go:13:37:     from bytes.Equal(data, ([]byte)("hello")) (spill) at ./main.go:13:37
./main.go:13:37:     from ... argument (slice-literal-element) at ./main.go:13:13
./main.go:13:37:   flow: {heap} ← {storage for ... argument}:
./main.go:13:37:     from ... argument (spill) at ./main.go:13:13
./main.go:13:37:     from fmt.Println(... argument...) (call parameter) at ./main.go:13:13
./main.go:15:29: bytes.EqualFold(data, other) escapes to heap in main:
./main.go:15:29:   flow: {storage for ... argument} ← &{storage for bytes.EqualFold(data, other)}:
./main.go:15:29:     from bytes.EqualFold(data, other) (spill) at ./main.go:15:29
./main.go:15:29:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:29:   flow: {heap} ← {storage for ... argument}:
./main.go:15:29:     from ... argument (spill) at ./main.go:15:13
./main.go:15:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:15:58: bytes.Contains(other, ([]byte)("EL")) escapes to heap in main:
./main.go:15:58:   flow: {storage for ... argument} ← &{storage for bytes.Contains(other, ([]byte)("EL"))}:
./main.go:15:58:     from bytes.Contains(other, ([]byte)("EL")) (spill) at ./main.go:15:58
./main.go:15:58:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:58:   flow: {heap} ← {storage for ... argument}:
./main.go:15:58:     from ... argument (spill) at ./main.go:15:13
./main.go:15:58:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:17:17: len(fields) escapes to heap in main:
./main.go:17:17:   flow: {storage for ... argument} ← &{storage for len(fields)}:
./main.go:17:17:     from len(fields) (spill) at ./main.go:17:17
./main.go:17:17:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:17:   flow: {heap} ← {storage for ... argument}:
./main.go:17:17:     from ... argument (spill) at ./main.go:17:13
./main.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:10:17: ([]byte)("hello") escapes to heap
./main.go:13:13: ... argument does not escape
./main.go:13:22: (*bytes.Buffer).String(b) escapes to heap
./main.go:13:37: bytes.Equal(data, ([]byte)("hello")) escapes to heap
./main.go:13:51: ([]byte)("hello") does not escape
./main.go:13:51: zero-copy string->[]byte conversion
./main.go:14:18: ([]byte)("HELLO") does not escape
./main.go:15:13: ... argument does not escape
./main.go:15:29: bytes.EqualFold(data, other) escapes to heap
./main.go:15:58: bytes.Contains(other, ([]byte)("EL")) escapes to heap
./main.go:15:73: ([]byte)("EL") does not escape
./main.go:16:31: ([]byte)("a,b") escapes to heap
./main.go:16:46: ([]byte)(",") does not escape
./main.go:17:13: ... argument does not escape
./main.go:17:17: len(fields) escapes to heap
