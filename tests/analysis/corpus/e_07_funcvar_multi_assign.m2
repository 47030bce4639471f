./main.go:6:11: parameter p leaks to {heap} for keep with derefs=0:
./main.go:6:11:   flow: {heap} ← p:
./main.go:6:11:     from sink = p (assign) at ./main.go:6:26
./main.go:6:11: leaking param: p
./main.go:8:11: p does not escape
./main.go:21:12: p does not escape
./main.go:23:12: parameter p leaks to {heap} for main.func2 with derefs=0:
./main.go:23:12:   flow: {heap} ← p:
./main.go:23:12:     from sink = p (assign) at ./main.go:23:27
./main.go:23:12: leaking param: p
./main.go:14:2: y escapes to heap in main:
./main.go:14:2:   flow: {temp} ← &y:
./main.go:14:2:     from &y (address-of) at ./main.go:19:4
./main.go:14:2:     from g(&y) (call parameter) at ./main.go:19:3
./main.go:14:2:   flow: {heap} ← {temp}:
./main.go:20:2: z escapes to heap in main:
./main.go:20:2:   flow: {temp} ← &z:
./main.go:20:2:     from &z (address-of) at ./main.go:25:4
./main.go:20:2:     from h(&z) (call parameter) at ./main.go:25:3
./main.go:20:2:   flow: {heap} ← {temp}:
./main.go:14:2: moved to heap: y
./main.go:20:2: moved to heap: z
./main.go:21:7: func literal does not escape
./main.go:23:7: func literal does not escape
