./main.go:11:14: parameter p leaks to ~r0 for copyOut with derefs=1:
./main.go:11:14:   flow: c ← *p:
./main.go:11:14:     from *p (indirection) at ./main.go:12:7
./main.go:11:14:     from c := *p (assign) at ./main.go:12:4
./main.go:11:14:   flow: ~r0 ← c:
./main.go:11:14:     from return c (return) at ./main.go:14:2
./main.go:11:14: leaking param: p to result ~r0 level=1
./main.go:17:15: parameter p leaks to {heap} for leakCopy with derefs=1:
./main.go:17:15:   flow: c ← *p:
./main.go:17:15:     from *p (indirection) at ./main.go:18:7
./main.go:17:15:     from c := *p (assign) at ./main.go:18:4
./main.go:17:15:   flow: {heap} ← c:
./main.go:17:15:     from c.name (dot) at ./main.go:19:10
./main.go:17:15:     from sink = c.name (assign) at ./main.go:19:7
./main.go:17:15: leaking param content: p
./main.go:23:2: s escapes to heap in main:
./main.go:23:2:   flow: r ← &s:
./main.go:23:2:     from &s (address-of) at ./main.go:24:17
./main.go:23:2:     from rec{...} (struct literal element) at ./main.go:24:10
./main.go:23:2:     from r := rec{...} (assign) at ./main.go:24:4
./main.go:23:2:   flow: {heap} ← r:
./main.go:23:2:     from &r (address-of) at ./main.go:25:11
./main.go:23:2:     from leakCopy(&r) (call parameter) at ./main.go:25:10
./main.go:23:2: moved to heap: s
