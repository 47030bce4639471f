./main.go:30:7: ne escapes to heap in ParseSize:
./main.go:30:7:   flow: {heap} ← &ne:
./main.go:30:7:     from &ne (address-of) at ./main.go:31:21
./main.go:30:7:     from &ne (interface-converted) at ./main.go:31:21
./main.go:30:7:     from errors.As(err, &ne) (call parameter) at ./main.go:31:15
./main.go:32:42: ne.Num escapes to heap in ParseSize:
./main.go:32:42:   flow: {storage for ... argument} ← &{storage for ne.Num}:
./main.go:32:42:     from ne.Num (spill) at ./main.go:32:42
./main.go:32:42:     from ... argument (slice-literal-element) at ./main.go:32:24
./main.go:32:42:   flow: {heap} ← {storage for ... argument}:
./main.go:32:42:     from ... argument (spill) at ./main.go:32:24
./main.go:32:42:     from fmt.Errorf("size %q: %v", ... argument...) (call parameter) at ./main.go:32:24
./main.go:12:16: s does not escape
./main.go:30:7: moved to heap: ne
./main.go:32:24: ... argument does not escape
./main.go:32:42: ne.Num escapes to heap
./main.go:40:45: strconv.FormatInt(int64(s) >> uint(10), 10) + "KiB" escapes to heap in Size.String:
./main.go:40:45:   flow: ~r0 ← &{storage for strconv.FormatInt(int64(s) >> uint(10), 10) + "KiB"}:
./main.go:40:45:     from strconv.FormatInt(int64(s) >> uint(10), 10) + "KiB" (spill) at ./main.go:40:45
./main.go:40:45:     from return strconv.FormatInt(int64(s) >> uint(10), 10) + "KiB" (return) at ./main.go:40:2
./main.go:40:45: strconv.FormatInt(int64(s) >> uint(10), 10) + "KiB" escapes to heap
./main.go:46:15: in escapes to heap in main:
./main.go:46:15:   flow: {storage for ... argument} ← &{storage for in}:
./main.go:46:15:     from in (spill) at ./main.go:46:15
./main.go:46:15:     from ... argument (slice-literal-element) at ./main.go:46:14
./main.go:46:15:   flow: {heap} ← {storage for ... argument}:
./main.go:46:15:     from ... argument (spill) at ./main.go:46:14
./main.go:46:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:14
./main.go:46:19: sz escapes to heap in main:
./main.go:46:19:   flow: {storage for ... argument} ← &{storage for sz}:
./main.go:46:19:     from sz (spill) at ./main.go:46:19
./main.go:46:19:     from ... argument (slice-literal-element) at ./main.go:46:14
./main.go:46:19:   flow: {heap} ← {storage for ... argument}:
./main.go:46:19:     from ... argument (spill) at ./main.go:46:14
./main.go:46:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:14
./main.go:51:14: b escapes to heap in main:
./main.go:51:14:   flow: {storage for ... argument} ← &{storage for b}:
./main.go:51:14:     from b (spill) at ./main.go:51:14
./main.go:51:14:     from ... argument (slice-literal-element) at ./main.go:51:13
./main.go:51:14:   flow: {heap} ← {storage for ... argument}:
./main.go:51:14:     from ... argument (spill) at ./main.go:51:13
./main.go:51:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:51:13
./main.go:51:17: f escapes to heap in main:
./main.go:51:17:   flow: {storage for ... argument} ← &{storage for f}:
./main.go:51:17:     from f (spill) at ./main.go:51:17
./main.go:51:17:     from ... argument (slice-literal-element) at ./main.go:51:13
./main.go:51:17:   flow: {heap} ← {storage for ... argument}:
./main.go:51:17:     from ... argument (spill) at ./main.go:51:13
./main.go:51:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:51:13
./main.go:51:20: u escapes to heap in main:
./main.go:51:20:   flow: {storage for ... argument} ← &{storage for u}:
./main.go:51:20:     from u (spill) at ./main.go:51:20
./main.go:51:20:     from ... argument (slice-literal-element) at ./main.go:51:13
./main.go:51:20:   flow: {heap} ← {storage for ... argument}:
./main.go:51:20:     from ... argument (spill) at ./main.go:51:13
./main.go:51:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:51:13
./main.go:52:27: strconv.Quote("tab\there") escapes to heap in main:
./main.go:52:27:   flow: {storage for ... argument} ← &{storage for strconv.Quote("tab\there")}:
./main.go:52:27:     from strconv.Quote("tab\there") (spill) at ./main.go:52:27
./main.go:52:27:     from ... argument (slice-literal-element) at ./main.go:52:13
./main.go:52:27:   flow: {heap} ← {storage for ... argument}:
./main.go:52:27:     from ... argument (spill) at ./main.go:52:13
./main.go:52:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:52:13
./main.go:52:54: strconv.Itoa(-42) escapes to heap in main:
./main.go:52:54:   flow: {storage for ... argument} ← &{storage for strconv.Itoa(-42)}:
./main.go:52:54:     from strconv.Itoa(-42) (spill) at ./main.go:52:54
./main.go:52:54:     from ... argument (slice-literal-element) at ./main.go:52:13
./main.go:52:54:   flow: {heap} ← {storage for ... argument}:
./main.go:52:54:     from ... argument (spill) at ./main.go:52:13
./main.go:52:54:     from fmt.Println(... argument...) (call parameter) at ./main.go:52:13
./main.go:52:78: strconv.AppendInt(nil, int64(7), 2) escapes to heap in main:
./main.go:52:78:   flow: {storage for ... argument} ← &{storage for strconv.AppendInt(nil, int64(7), 2)}:
./main.go:52:78:     from strconv.AppendInt(nil, int64(7), 2) (spill) at ./main.go:52:78
./main.go:52:78:     from ... argument (slice-literal-element) at ./main.go:52:13
./main.go:52:78:   flow: {heap} ← {storage for ... argument}:
./main.go:52:78:     from ... argument (spill) at ./main.go:52:13
./main.go:52:78:     from fmt.Println(... argument...) (call parameter) at ./main.go:52:13
./main.go:44:29: []string{...} does not escape
./main.go:46:14: ... argument does not escape
./main.go:46:15: in escapes to heap
./main.go:46:19: sz escapes to heap
./main.go:51:13: ... argument does not escape
./main.go:51:14: b escapes to heap
./main.go:51:17: f escapes to heap
./main.go:51:20: u escapes to heap
./main.go:52:13: ... argument does not escape
./main.go:52:27: strconv.Quote("tab\there") escapes to heap
./main.go:52:54: strconv.Itoa(-42) escapes to heap
./main.go:52:78: strconv.AppendInt(nil, int64(7), 2) escapes to heap
