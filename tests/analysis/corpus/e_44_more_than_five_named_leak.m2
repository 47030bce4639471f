./main.go:4:12: parameter p leaks to g for seven with derefs=1:
./main.go:4:12:   flow: g ← *p:
./main.go:4:12:     from *p (indirection) at ./main.go:5:6
./main.go:4:12:     from g = *p (assign) at ./main.go:5:4
./main.go:4:15: parameter q leaks to e for seven with derefs=1:
./main.go:4:15:   flow: e ← *q:
./main.go:4:15:     from *q (indirection) at ./main.go:6:6
./main.go:4:15:     from e = *q (assign) at ./main.go:6:4
./main.go:4:12: leaking param content: p
./main.go:4:15: leaking param: q to result e level=1
./main.go:10:12: parameter p leaks to {heap} for chain with derefs=1:
./main.go:10:12:   flow: {heap} ← *p:
./main.go:10:12:     from seven(p, q) (call parameter) at ./main.go:11:30
./main.go:10:15: parameter q leaks to ~r0 for chain with derefs=1:
./main.go:10:15:   flow: .autotmp_9 ← *q:
./main.go:10:15:     from seven(p, q) (call parameter) at ./main.go:11:30
./main.go:10:15:   flow: e ← .autotmp_9:
./main.go:10:15:     from _, _, _, _, e, _, g := (*int)(.autotmp_5), 0, 0, 0, .autotmp_9, 0, .autotmp_11 (assign-pair) at ./main.go:11:22
./main.go:10:15:   flow: ~r0 ← e:
./main.go:10:15:     from return e (return) at ./main.go:13:3
./main.go:10:12: leaking param content: p
./main.go:10:15: leaking param: q to result ~r0 level=1
./main.go:19:2: x escapes to heap in main:
./main.go:19:2:   flow: px ← &x:
./main.go:19:2:     from &x (address-of) at ./main.go:20:12
./main.go:19:2:     from px, py := &x, &y (assign-pair) at ./main.go:20:9
./main.go:19:2:   flow: {heap} ← px:
./main.go:19:2:     from &px (address-of) at ./main.go:21:17
./main.go:19:2:     from chain(&px, &py) (call parameter) at ./main.go:21:16
./main.go:19:2: moved to heap: x
