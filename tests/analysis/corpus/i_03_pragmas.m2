./main.go:7:11: parameter p leaks to {heap} for keep with derefs=0:
./main.go:7:11:   flow: {heap} ← p:
./main.go:7:11:     from sink = p (assign) at ./main.go:7:26
./main.go:7:11: leaking param: p
./main.go:10:11: p does not escape
./main.go:13:11: parameter a leaks to ~r0 for both with derefs=0:
./main.go:13:11:   flow: ~r0 ← a:
./main.go:13:11:     from return a (return) at ./main.go:15:3
./main.go:13:14: parameter b leaks to ~r0 for both with derefs=0:
./main.go:13:14:   flow: ~r0 ← b:
./main.go:13:14:     from return b (return) at ./main.go:17:2
./main.go:13:11: leaking param: a to result ~r0 level=0
./main.go:13:14: leaking param: b to result ~r0 level=0
./main.go:21:2: x escapes to heap in main:
./main.go:21:2:   flow: {heap} ← &x:
./main.go:21:2:     from &x (address-of) at ./main.go:22:7
./main.go:21:2:     from keep(&x) (call parameter) at ./main.go:22:6
./main.go:21:2: moved to heap: x
