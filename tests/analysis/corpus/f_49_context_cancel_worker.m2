./main.go:9:13: parameter ctx leaks to {heap} for worker with derefs=0:
./main.go:9:13:   flow: {heap} ← ctx:
./main.go:9:13:     from ctx.Done() (call parameter) at ./main.go:12:18
./main.go:9:13: leaking param: ctx
./main.go:9:34: out does not escape
./main.go:23:2: func literal escapes to heap in main:
./main.go:23:2:   flow: {heap} ← &{storage for func literal}:
./main.go:23:2:     from func literal (spill) at ./main.go:23:2
./main.go:23:2: main capturing by value: .autotmp_5 (addr=false assign=false width=16)
./main.go:23:17: main capturing by value: .autotmp_6 (addr=false assign=false width=8)
./main.go:24:14: <-ch escapes to heap in main:
./main.go:24:14:   flow: {storage for ... argument} ← &{storage for <-ch}:
./main.go:24:14:     from <-ch (spill) at ./main.go:24:14
./main.go:24:14:     from ... argument (slice-literal-element) at ./main.go:24:13
./main.go:24:14:   flow: {heap} ← {storage for ... argument}:
./main.go:24:14:     from ... argument (spill) at ./main.go:24:13
./main.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:13
./main.go:24:20: <-ch escapes to heap in main:
./main.go:24:20:   flow: {storage for ... argument} ← &{storage for <-ch}:
./main.go:24:20:     from <-ch (spill) at ./main.go:24:20
./main.go:24:20:     from ... argument (slice-literal-element) at ./main.go:24:13
./main.go:24:20:   flow: {heap} ← {storage for ... argument}:
./main.go:24:20:     from ... argument (spill) at ./main.go:24:13
./main.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:13
./main.go:24:13: ... argument does not escape
./main.go:24:14: <-ch escapes to heap
./main.go:24:20: <-ch escapes to heap
