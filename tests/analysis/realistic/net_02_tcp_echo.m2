./main.go:17:2: serveOne capturing by value: .autotmp_6 (addr=false assign=false width=16)
./main.go:11:15: parameter ln leaks to {heap} for serveOne with derefs=0:
./main.go:11:15:   flow: {heap} ← ln:
./main.go:11:15:     from ln.Accept() (call parameter) at ./main.go:12:24
./main.go:24:56: strings.ToUpper(line) escapes to heap in serveOne:
./main.go:24:56:   flow: {storage for ... argument} ← &{storage for strings.ToUpper(line)}:
./main.go:24:56:     from strings.ToUpper(line) (spill) at ./main.go:24:56
./main.go:24:56:     from ... argument (slice-literal-element) at ./main.go:24:22
./main.go:24:56:   flow: {heap} ← {storage for ... argument}:
./main.go:24:56:     from ... argument (spill) at ./main.go:24:22
./main.go:24:56:     from fmt.Fprintf(conn, "echo: %s", ... argument...) (call parameter) at ./main.go:24:22
./main.go:11:15: leaking param: ln
./main.go:11:32: done does not escape
./main.go:24:22: ... argument does not escape
./main.go:24:56: strings.ToUpper(line) escapes to heap
./main.go:36:2: func literal escapes to heap in main:
./main.go:36:2:   flow: {heap} ← &{storage for func literal}:
./main.go:36:2:     from func literal (spill) at ./main.go:36:2
./main.go:34:2: main capturing by value: .autotmp_4 (addr=false assign=false width=16)
./main.go:36:2: main capturing by value: .autotmp_6 (addr=false assign=false width=16)
./main.go:36:18: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
./main.go:31:15: "listen:" escapes to heap in main:
./main.go:31:15:   flow: {storage for ... argument} ← &{storage for "listen:"}:
./main.go:31:15:     from "listen:" (spill) at ./main.go:31:15
./main.go:31:15:     from ... argument (slice-literal-element) at ./main.go:31:14
./main.go:31:15:   flow: {heap} ← {storage for ... argument}:
./main.go:31:15:     from ... argument (spill) at ./main.go:31:14
./main.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:14
./main.go:39:15: "dial:" escapes to heap in main:
./main.go:39:15:   flow: {storage for ... argument} ← &{storage for "dial:"}:
./main.go:39:15:     from "dial:" (spill) at ./main.go:39:15
./main.go:39:15:     from ... argument (slice-literal-element) at ./main.go:39:14
./main.go:39:15:   flow: {heap} ← {storage for ... argument}:
./main.go:39:15:     from ... argument (spill) at ./main.go:39:14
./main.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:14
./main.go:42:18: "hello" escapes to heap in main:
./main.go:42:18:   flow: {storage for ... argument} ← &{storage for "hello"}:
./main.go:42:18:     from "hello" (spill) at ./main.go:42:18
./main.go:42:18:     from ... argument (slice-literal-element) at ./main.go:42:14
./main.go:42:18:   flow: {heap} ← {storage for ... argument}:
./main.go:42:18:     from ... argument (spill) at ./main.go:42:14
./main.go:42:18:     from fmt.Fprintln(c, ... argument...) (call parameter) at ./main.go:42:14
./main.go:45:12: reply escapes to heap in main:
./main.go:45:12:   flow: {storage for ... argument} ← &{storage for reply}:
./main.go:45:12:     from reply (spill) at ./main.go:45:12
./main.go:45:12:     from ... argument (slice-literal-element) at ./main.go:45:11
./main.go:45:12:   flow: {heap} ← {storage for ... argument}:
./main.go:45:12:     from ... argument (spill) at ./main.go:45:11
./main.go:45:12:     from fmt.Print(... argument...) (call parameter) at ./main.go:45:11
./main.go:31:14: ... argument does not escape
./main.go:31:15: "listen:" escapes to heap
./main.go:39:14: ... argument does not escape
./main.go:39:15: "dial:" escapes to heap
./main.go:42:14: ... argument does not escape
./main.go:42:18: "hello" escapes to heap
./main.go:45:11: ... argument does not escape
./main.go:45:12: reply escapes to heap
./main.go:46:13: ... argument does not escape
