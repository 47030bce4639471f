./main.go:6:11: parameter p leaks to {heap} for keep with derefs=0:
./main.go:6:11:   flow: {heap} ← p:
./main.go:6:11:     from sink = p (assign) at ./main.go:6:26
./main.go:6:11: leaking param: p
./main.go:8:11: p does not escape
./main.go:23:12: parameter p leaks to ~r0 for main.func3 with derefs=0:
./main.go:23:12:   flow: ~r0 ← p:
./main.go:23:12:     from return p (return) at ./main.go:23:27
./main.go:23:12: leaking param: p to result ~r0 level=0
./main.go:25:12: p does not escape
./main.go:12:2: main capturing by value: f (addr=false assign=false width=8)
./main.go:11:2: main capturing by ref: x (addr=true assign=false width=8)
./main.go:15:2: main capturing by ref: g (addr=false assign=true width=8)
./main.go:14:2: y escapes to heap in main:
./main.go:14:2:   flow: {temp} ← &y:
./main.go:14:2:     from &y (address-of) at ./main.go:21:4
./main.go:14:2:     from g(&y) (call parameter) at ./main.go:21:3
./main.go:14:2:   flow: {heap} ← {temp}:
./main.go:14:2: moved to heap: y
./main.go:13:2: func literal does not escape
./main.go:16:2: func literal does not escape
./main.go:23:7: func literal does not escape
./main.go:25:7: func literal does not escape
