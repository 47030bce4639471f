./main.go:11:5: func literal escapes to heap in main:
./main.go:11:5:   flow: {heap} ← &{storage for func literal}:
./main.go:11:5:     from func literal (spill) at ./main.go:11:5
./main.go:10:2: main capturing by value: ch (addr=false assign=false width=8)
./main.go:22:2: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:17:15: msg escapes to heap in main:
./main.go:17:15:   flow: {storage for ... argument} ← &{storage for msg}:
./main.go:17:15:     from msg (spill) at ./main.go:17:15
./main.go:17:15:     from ... argument (slice-literal-element) at ./main.go:17:14
./main.go:17:15:   flow: {heap} ← {storage for ... argument}:
./main.go:17:15:     from ... argument (spill) at ./main.go:17:14
./main.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:14
./main.go:19:15: "timeout" escapes to heap in main:
./main.go:19:15:   flow: {storage for ... argument} ← &{storage for "timeout"}:
./main.go:19:15:     from "timeout" (spill) at ./main.go:19:15
./main.go:19:15:     from ... argument (slice-literal-element) at ./main.go:19:14
./main.go:19:15:   flow: {heap} ← {storage for ... argument}:
./main.go:19:15:     from ... argument (spill) at ./main.go:19:14
./main.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:14
./main.go:11:5: func literal escapes to heap
./main.go:17:14: ... argument does not escape
./main.go:17:15: msg escapes to heap
./main.go:19:14: ... argument does not escape
./main.go:19:15: "timeout" escapes to heap
