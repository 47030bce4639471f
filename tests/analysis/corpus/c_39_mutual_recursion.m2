./main.go:13:10: parameter p leaks to {heap} for odd with derefs=0:
./main.go:13:10:   flow: {heap} ← p:
./main.go:13:10:     from store = p (assign) at ./main.go:15:9
./main.go:6:11: parameter p leaks to {heap} for even with derefs=0:
./main.go:6:11:   flow: p ← p:
./main.go:6:11:     from odd(p, n - 1) (call parameter) at ./main.go:10:12
./main.go:6:11:   flow: {heap} ← p:
./main.go:6:11:     from store = p (assign) at ./main.go:15:9
./main.go:6:11: leaking param: p
./main.go:13:10: leaking param: p
./main.go:22:2: x escapes to heap in main:
./main.go:22:2:   flow: {heap} ← &x:
./main.go:22:2:     from &x (address-of) at ./main.go:23:15
./main.go:22:2:     from even(&x, 4) (call parameter) at ./main.go:23:14
./main.go:22:2: moved to heap: x
