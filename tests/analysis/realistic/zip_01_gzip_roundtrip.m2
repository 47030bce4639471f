./main.go:13:6: buf escapes to heap in compress:
./main.go:13:6:   flow: {heap} ← &buf:
./main.go:13:6:     from &buf (address-of) at ./main.go:14:33
./main.go:13:6:     from &buf (interface-converted) at ./main.go:14:33
./main.go:13:6:     from gzip.NewWriterLevel(&buf, 9) (call parameter) at ./main.go:14:32
./main.go:12:15: parameter data leaks to {heap} for compress with derefs=0:
./main.go:12:15:   flow: {heap} ← data:
./main.go:12:15:     from (*gzip.Writer).Write(zw, data) (call parameter) at ./main.go:19:23
./main.go:12:15: leaking param: data
./main.go:13:6: moved to heap: buf
./main.go:33:2: decompress capturing by value: .autotmp_8 (addr=false assign=false width=8)
./main.go:28:17: parameter data leaks to {heap} for decompress with derefs=0:
./main.go:28:17:   flow: {heap} ← data:
./main.go:28:17:     from bytes.NewReader(data) (call parameter) at ./main.go:29:43
./main.go:28:17: leaking param: data
./main.go:39:29: ([]byte)(strings.Repeat("stack or heap? ", 100)) escapes to heap in main:
./main.go:39:29:   flow: in ← &{storage for ([]byte)(strings.Repeat("stack or heap? ", 100))}:
./main.go:39:29:     from ([]byte)(strings.Repeat("stack or heap? ", 100)) (spill) at ./main.go:39:29
./main.go:39:29:     from in := ([]byte)(strings.Repeat("stack or heap? ", 100)) (assign) at ./main.go:39:5
./main.go:39:29:   flow: {heap} ← in:
./main.go:39:29:     from compress(in) (call parameter) at ./main.go:40:20
./main.go:41:17: len(in) escapes to heap in main:
./main.go:41:17:   flow: {storage for ... argument} ← &{storage for len(in)}:
./main.go:41:17:     from len(in) (spill) at ./main.go:41:17
./main.go:41:17:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:17:   flow: {heap} ← {storage for ... argument}:
./main.go:41:17:     from ... argument (spill) at ./main.go:41:13
./main.go:41:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:26: len(z) escapes to heap in main:
./main.go:41:26:   flow: {storage for ... argument} ← &{storage for len(z)}:
./main.go:41:26:     from len(z) (spill) at ./main.go:41:26
./main.go:41:26:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:26:   flow: {heap} ← {storage for ... argument}:
./main.go:41:26:     from ... argument (spill) at ./main.go:41:13
./main.go:41:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:43:14: name escapes to heap in main:
./main.go:43:14:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:43:14:     from name (spill) at ./main.go:43:14
./main.go:43:14:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:14:   flow: {heap} ← {storage for ... argument}:
./main.go:43:14:     from ... argument (spill) at ./main.go:43:13
./main.go:43:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:31: bytes.Equal(in, out) escapes to heap in main:
./main.go:43:31:   flow: {storage for ... argument} ← &{storage for bytes.Equal(in, out)}:
./main.go:43:31:     from bytes.Equal(in, out) (spill) at ./main.go:43:31
./main.go:43:31:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:31:   flow: {heap} ← {storage for ... argument}:
./main.go:43:31:     from ... argument (spill) at ./main.go:43:13
./main.go:43:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:39:29: ([]byte)(strings.Repeat("stack or heap? ", 100)) escapes to heap
./main.go:41:13: ... argument does not escape
./main.go:41:17: len(in) escapes to heap
./main.go:41:26: len(z) escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:14: name escapes to heap
./main.go:43:31: bytes.Equal(in, out) escapes to heap
