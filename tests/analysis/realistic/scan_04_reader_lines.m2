./main.go:16:18: parameter r leaks to {heap} for readHeaders with derefs=1:
./main.go:16:18:   flow: {temp} ← r:
./main.go:16:18:     from (*bufio.Reader).ReadString(r, byte(10)) (call parameter) at ./main.go:19:28
./main.go:16:18:   flow: {heap} ← *{temp}:
./main.go:29:49: line escapes to heap in readHeaders:
./main.go:29:49:   flow: {storage for ... argument} ← &{storage for line}:
./main.go:29:49:     from line (spill) at ./main.go:29:49
./main.go:29:49:     from ... argument (slice-literal-element) at ./main.go:29:25
./main.go:29:49:   flow: {heap} ← {storage for ... argument}:
./main.go:29:49:     from ... argument (spill) at ./main.go:29:25
./main.go:29:49:     from fmt.Errorf("malformed header %q", ... argument...) (call parameter) at ./main.go:29:25
./main.go:31:14: append(hs, Header{...}) escapes to heap in readHeaders:
./main.go:31:14:   flow: hs ← &{storage for append(hs, Header{...})}:
./main.go:31:14:     from append(hs, Header{...}) (spill) at ./main.go:31:14
./main.go:31:14:     from hs = append(hs, Header{...}) (assign) at ./main.go:31:6
./main.go:31:14:   flow: ~r0 ← hs:
./main.go:31:14:     from return hs, err (return) at ./main.go:21:4
./main.go:16:18: leaking param content: r
./main.go:29:25: ... argument does not escape
./main.go:29:49: line escapes to heap
./main.go:31:14: append escapes to heap
./main.go:42:14: hs escapes to heap in main:
./main.go:42:14:   flow: {storage for ... argument} ← &{storage for hs}:
./main.go:42:14:     from hs (spill) at ./main.go:42:14
./main.go:42:14:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:14:   flow: {heap} ← {storage for ... argument}:
./main.go:42:14:     from ... argument (spill) at ./main.go:42:13
./main.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:44:21: rest escapes to heap in main:
./main.go:44:21:   flow: {storage for ... argument} ← &{storage for rest}:
./main.go:44:21:     from rest (spill) at ./main.go:44:21
./main.go:44:21:     from ... argument (slice-literal-element) at ./main.go:44:12
./main.go:44:21:   flow: {heap} ← {storage for ... argument}:
./main.go:44:21:     from ... argument (spill) at ./main.go:44:12
./main.go:44:21:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./main.go:44:12
./main.go:46:20: string(b) escapes to heap in main:
./main.go:46:20:   flow: {storage for ... argument} ← &{storage for string(b)}:
./main.go:46:20:     from string(b) (spill) at ./main.go:46:20
./main.go:46:20:     from ... argument (slice-literal-element) at ./main.go:46:13
./main.go:46:20:   flow: {heap} ← {storage for ... argument}:
./main.go:46:20:     from ... argument (spill) at ./main.go:46:13
./main.go:46:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:13
./main.go:46:21: string(b) escapes to heap in main:
./main.go:46:21:   flow: {storage for string(b)} ← &{storage for string(b)}:
./main.go:46:21:     from string(b) (spill) at ./main.go:46:21
./main.go:46:21:     from string(b) (interface-converted) at ./main.go:46:20
./main.go:42:13: ... argument does not escape
./main.go:42:14: hs escapes to heap
./main.go:44:12: ... argument does not escape
./main.go:44:21: rest escapes to heap
./main.go:46:13: ... argument does not escape
./main.go:46:20: string(b) escapes to heap
./main.go:46:21: string(b) escapes to heap
