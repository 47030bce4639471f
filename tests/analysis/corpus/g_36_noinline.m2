./main.go:7:11: parameter p leaks to {heap} for leak with derefs=0:
./main.go:7:11:   flow: {heap} ← p:
./main.go:7:11:     from sink = p (assign) at ./main.go:7:26
./main.go:7:11: leaking param: p
./main.go:10:9: parameter p leaks to ~r0 for id with derefs=0:
./main.go:10:9:   flow: ~r0 ← p:
./main.go:10:9:     from return p (return) at ./main.go:10:24
./main.go:10:9: leaking param: p to result ~r0 level=0
./main.go:14:2: x escapes to heap in newInt:
./main.go:14:2:   flow: ~r0 ← &x:
./main.go:14:2:     from &x (address-of) at ./main.go:15:9
./main.go:14:2:     from return &x (return) at ./main.go:15:2
./main.go:14:2: moved to heap: x
./main.go:19:2: a escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &a:
./main.go:19:2:     from &a (address-of) at ./main.go:20:7
./main.go:19:2:     from leak(&a) (call parameter) at ./main.go:20:6
./main.go:19:2: moved to heap: a
