./main.go:26:6: (*Table).WriteTo capturing by ref: buf (addr=true assign=false width=40)
./main.go:17:2: (*Table).WriteTo capturing by value: widths (addr=false assign=false width=24)
./main.go:16:25: parameter w leaks to {heap} for (*Table).WriteTo with derefs=0:
./main.go:16:25:   flow: {heap} ← w:
./main.go:16:25:     from (*bytes.Buffer).WriteTo(buf, w) (call parameter) at ./main.go:38:20
./main.go:16:7: t does not escape
./main.go:16:25: leaking param: w
./main.go:27:15: cells does not escape
./main.go:17:16: make([]int, len(t.Header)) does not escape
./main.go:27:10: func literal does not escape
./main.go:30:33: []byte{...} does not escape
./main.go:43:6: out escapes to heap in main:
./main.go:43:6:   flow: {heap} ← &out:
./main.go:43:6:     from &out (address-of) at ./main.go:44:22
./main.go:43:6:     from &out (interface-converted) at ./main.go:44:22
./main.go:43:6:     from (*Table).WriteTo(t, &out) (call parameter) at ./main.go:44:21
./main.go:45:22: (*bytes.Buffer).String(out) escapes to heap in main:
./main.go:45:22:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).String(out)}:
./main.go:45:22:     from (*bytes.Buffer).String(out) (spill) at ./main.go:45:22
./main.go:45:22:     from ... argument (slice-literal-element) at ./main.go:45:11
./main.go:45:22:   flow: {heap} ← {storage for ... argument}:
./main.go:45:22:     from ... argument (spill) at ./main.go:45:11
./main.go:45:22:     from fmt.Print(... argument...) (call parameter) at ./main.go:45:11
./main.go:46:14: n escapes to heap in main:
./main.go:46:14:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:46:14:     from n (spill) at ./main.go:46:14
./main.go:46:14:     from ... argument (slice-literal-element) at ./main.go:46:13
./main.go:46:14:   flow: {heap} ← {storage for ... argument}:
./main.go:46:14:     from ... argument (spill) at ./main.go:46:13
./main.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:13
./main.go:46:33: bytes.Count((*bytes.Buffer).Bytes(out), ([]byte)("\n")) escapes to heap in main:
./main.go:46:33:   flow: {storage for ... argument} ← &{storage for bytes.Count((*bytes.Buffer).Bytes(out), ([]byte)("\n"))}:
./main.go:46:33:     from bytes.Count((*bytes.Buffer).Bytes(out), ([]byte)("\n")) (spill) at ./main.go:46:33
./main.go:46:33:     from ... argument (slice-literal-element) at ./main.go:46:13
./main.go:46:33:   flow: {heap} ← {storage for ... argument}:
./main.go:46:33:     from ... argument (spill) at ./main.go:46:13
./main.go:46:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:13
./main.go:43:6: moved to heap: out
./main.go:42:7: &Table{...} does not escape
./main.go:42:30: []string{...} does not escape
./main.go:42:64: [][]string{...} does not escape
./main.go:42:65: []string{...} does not escape
./main.go:42:83: []string{...} does not escape
./main.go:45:11: ... argument does not escape
./main.go:45:22: (*bytes.Buffer).String(out) escapes to heap
./main.go:46:13: ... argument does not escape
./main.go:46:14: n escapes to heap
./main.go:46:33: bytes.Count((*bytes.Buffer).Bytes(out), ([]byte)("\n")) escapes to heap
./main.go:46:54: ([]byte)("\n") does not escape
