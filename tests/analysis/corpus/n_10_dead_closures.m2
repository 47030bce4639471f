./main.go:10:12: p does not escape
./main.go:12:12: parameter q leaks to {heap} for run.func3 with derefs=0:
./main.go:12:12:   flow: {heap} ← q:
./main.go:12:12:     from sink = q (assign) at ./main.go:12:32
./main.go:12:12: parameter q leaks to ~r0 for run.func3 with derefs=0:
./main.go:12:12:   flow: ~r0 ← q:
./main.go:12:12:     from return q (return) at ./main.go:12:37
./main.go:12:12: leaking param: q
./main.go:13:2: x escapes to heap in run:
./main.go:13:2:   flow: {heap} ← &x:
./main.go:13:2:     from &x (address-of) at ./main.go:14:4
./main.go:13:2:     from c(&x) (call parameter) at ./main.go:14:3
./main.go:9:2: run capturing by ref: n (addr=true assign=false width=8)
./main.go:13:2: moved to heap: x
./main.go:10:7: func literal does not escape
./main.go:11:7: func literal does not escape
./main.go:12:7: func literal does not escape
./main.go:20:7: func literal does not escape
./main.go:32:7: func literal does not escape
