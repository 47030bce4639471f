./main.go:10:11: parameter ctx leaks to {heap} for slow with derefs=0:
./main.go:10:11:   flow: {heap} ← ctx:
./main.go:10:11:     from ctx.Done() (call parameter) at ./main.go:14:17
./main.go:10:11: leaking param: ctx
./main.go:23:15: "error:" escapes to heap in main:
./main.go:23:15:   flow: {storage for ... argument} ← &{storage for "error:"}:
./main.go:23:15:     from "error:" (spill) at ./main.go:23:15
./main.go:23:15:     from ... argument (slice-literal-element) at ./main.go:23:14
./main.go:23:15:   flow: {heap} ← {storage for ... argument}:
./main.go:23:15:     from ... argument (spill) at ./main.go:23:14
./main.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:14
./main.go:23:14: ... argument does not escape
./main.go:23:15: "error:" escapes to heap
