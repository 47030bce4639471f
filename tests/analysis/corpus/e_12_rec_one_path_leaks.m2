./main.go:6:8: parameter p leaks to {heap} for r with derefs=0:
./main.go:6:8:   flow: {heap} ← p:
./main.go:6:8:     from sink = p (assign) at ./main.go:8:8
./main.go:11:2: x escapes to heap in r:
./main.go:11:2:   flow: p ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:12:4
./main.go:11:2:     from r(&x, n - 1) (call parameter) at ./main.go:12:3
./main.go:11:2:   flow: {heap} ← p:
./main.go:11:2:     from sink = p (assign) at ./main.go:8:8
./main.go:6:8: leaking param: p
./main.go:11:2: moved to heap: x
./main.go:15:17: parameter q leaks to ~r0 for swapRec with derefs=0:
./main.go:15:17:   flow: ~r0 ← q:
./main.go:15:17:     from return q (return) at ./main.go:17:3
./main.go:15:14: parameter p leaks to ~r0 for swapRec with derefs=0:
./main.go:15:14:   flow: q ← p:
./main.go:15:14:     from swapRec(q, p, n - 1) (call parameter) at ./main.go:19:16
./main.go:15:14:   flow: ~r0 ← q:
./main.go:15:14:     from return q (return) at ./main.go:17:3
./main.go:15:14: leaking param: p to result ~r0 level=0
./main.go:15:17: leaking param: q to result ~r0 level=0
./main.go:22:11: parameter pp leaks to ~r0 for down with derefs=1:
./main.go:22:11:   flow: ~r0 ← *pp:
./main.go:22:11:     from *pp (indirection) at ./main.go:24:10
./main.go:22:11:     from return *pp (return) at ./main.go:24:3
./main.go:22:11: leaking param: pp to result ~r0 level=1
./main.go:30:2: a escapes to heap in main:
./main.go:30:2:   flow: {heap} ← &a:
./main.go:30:2:     from &a (address-of) at ./main.go:31:4
./main.go:30:2:     from r(&a, 2) (call parameter) at ./main.go:31:3
./main.go:30:2: moved to heap: a
