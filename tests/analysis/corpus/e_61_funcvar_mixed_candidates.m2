./main.go:6:9: parameter p leaks to ~r0 for id with derefs=0:
./main.go:6:9:   flow: ~r0 ← p:
./main.go:6:9:     from return p (return) at ./main.go:6:24
./main.go:6:9: leaking param: p to result ~r0 level=0
./main.go:8:11: parameter p leaks to {heap} for keep with derefs=0:
./main.go:8:11:   flow: {heap} ← p:
./main.go:8:11:     from sink = p (assign) at ./main.go:9:7
./main.go:8:11: leaking param: p
./main.go:15:12: parameter p leaks to ~r0 for main.func1 with derefs=0:
./main.go:15:12:   flow: ~r0 ← p:
./main.go:15:12:     from return p (return) at ./main.go:15:27
./main.go:15:12: leaking param: p to result ~r0 level=0
./main.go:23:12: p does not escape
./main.go:20:2: y escapes to heap in main:
./main.go:20:2:   flow: {temp} ← &y:
./main.go:20:2:     from &y (address-of) at ./main.go:28:16
./main.go:20:2:     from g(&y) (call parameter) at ./main.go:28:15
./main.go:20:2:   flow: {heap} ← {temp}:
./main.go:20:2: moved to heap: y
./main.go:15:7: func literal does not escape
./main.go:23:7: func literal does not escape
