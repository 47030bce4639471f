./main.go:6:11: parameter p leaks to {heap} for leak with derefs=0:
./main.go:6:11:   flow: {heap} ← p:
./main.go:6:11:     from sink = p (assign) at ./main.go:6:26
./main.go:6:11: leaking param: p
./main.go:8:11: p does not escape
./main.go:10:11: p does not escape
./main.go:19:2: a escapes to heap in run:
./main.go:19:2:   flow: {temp} ← &a:
./main.go:19:2:     from &a (address-of) at ./main.go:20:4
./main.go:19:2:     from f(&a) (call parameter) at ./main.go:20:3
./main.go:19:2:   flow: {heap} ← {temp}:
./main.go:19:2: moved to heap: a
