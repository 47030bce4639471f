./main.go:4:11: parameter p leaks to ~r0 for even with derefs=0:
./main.go:4:11:   flow: ~r0 ← p:
./main.go:4:11:     from return p (return) at ./main.go:6:3
./main.go:4:11:   flow: ~r0 ← ~r0:
./main.go:4:11:     from return even(p, n - 1) (return) at ./main.go:15:2
./main.go:11:10: parameter p leaks to ~r0 for odd with derefs=0:
./main.go:11:10:   flow: p ← p:
./main.go:11:10:     from even(p, n - 1) (call parameter) at ./main.go:15:13
./main.go:11:10:   flow: ~r0 ← p:
./main.go:11:10:     from return p (return) at ./main.go:6:3
./main.go:11:10:   flow: ~r0 ← ~r0:
./main.go:11:10:     from return even(p, n - 1) (return) at ./main.go:15:2
./main.go:4:11: parameter p leaks to ~r0 for even with derefs=0:
./main.go:4:11:   flow: ~r0 ← p:
./main.go:4:11:     from return p (return) at ./main.go:6:3
./main.go:11:10: parameter p leaks to ~r0 for odd with derefs=0:
./main.go:11:10:   flow: p ← p:
./main.go:11:10:     from even(p, n - 1) (call parameter) at ./main.go:15:13
./main.go:11:10:   flow: ~r0 ← p:
./main.go:11:10:     from return p (return) at ./main.go:6:3
./main.go:4:11: leaking param: p
./main.go:11:10: leaking param: p
./main.go:19:2: x escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &x:
./main.go:19:2:     from &x (address-of) at ./main.go:20:11
./main.go:19:2:     from even(&x, 4) (call parameter) at ./main.go:20:10
./main.go:19:2: moved to heap: x
