./main.go:14:5: func literal escapes to heap in withTimeout:
./main.go:14:5:   flow: {heap} ← &{storage for func literal}:
./main.go:14:5:     from func literal (spill) at ./main.go:14:5
./main.go:13:2: withTimeout capturing by value: done (addr=false assign=false width=8)
./main.go:12:35: withTimeout capturing by value: work (addr=false assign=false width=8)
./main.go:16:2: withTimeout capturing by value: .autotmp_6 (addr=false assign=false width=8)
./main.go:12:35: parameter work leaks to {storage for func literal} for withTimeout with derefs=0:
./main.go:12:35:   flow: {storage for func literal} ← work:
./main.go:12:35:     from work (captured by a closure) at ./main.go:14:22
./main.go:12:35: leaking param: work
./main.go:14:5: func literal escapes to heap
./main.go:26:45: func literal escapes to heap in main:
./main.go:26:45:   flow: {heap} ← &{storage for func literal}:
./main.go:26:45:     from func literal (spill) at ./main.go:26:45
./main.go:26:45:     from withTimeout(time.Duration(50000000), func literal) (call parameter) at ./main.go:26:23
./main.go:28:41: func literal escapes to heap in main:
./main.go:28:41:   flow: {heap} ← &{storage for func literal}:
./main.go:28:41:     from func literal (spill) at ./main.go:28:41
./main.go:28:41:     from withTimeout(time.Duration(1000000), func literal) (call parameter) at ./main.go:28:22
./main.go:27:14: v escapes to heap in main:
./main.go:27:14:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:27:14:     from v (spill) at ./main.go:27:14
./main.go:27:14:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:14:   flow: {heap} ← {storage for ... argument}:
./main.go:27:14:     from ... argument (spill) at ./main.go:27:13
./main.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:32:14: v escapes to heap in main:
./main.go:32:14:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:32:14:     from v (spill) at ./main.go:32:14
./main.go:32:14:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:14:   flow: {heap} ← {storage for ... argument}:
./main.go:32:14:     from ... argument (spill) at ./main.go:32:13
./main.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:13
./main.go:35:15: "tick" escapes to heap in main:
./main.go:35:15:   flow: {storage for ... argument} ← &{storage for "tick"}:
./main.go:35:15:     from "tick" (spill) at ./main.go:35:15
./main.go:35:15:     from ... argument (slice-literal-element) at ./main.go:35:14
./main.go:35:15:   flow: {heap} ← {storage for ... argument}:
./main.go:35:15:     from ... argument (spill) at ./main.go:35:14
./main.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:35:14
./main.go:26:45: func literal escapes to heap
./main.go:27:13: ... argument does not escape
./main.go:27:14: v escapes to heap
./main.go:28:41: func literal escapes to heap
./main.go:32:13: ... argument does not escape
./main.go:32:14: v escapes to heap
./main.go:35:14: ... argument does not escape
./main.go:35:15: "tick" escapes to heap
