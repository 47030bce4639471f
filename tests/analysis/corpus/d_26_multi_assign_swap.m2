./main.go:9:5: b escapes to heap in two:
./main.go:9:5:   flow: ~r1 ← &b:
./main.go:9:5:     from &b (address-of) at ./main.go:10:13
./main.go:9:5:     from return &a, &b (return) at ./main.go:10:2
./main.go:9:2: a escapes to heap in two:
./main.go:9:2:   flow: ~r0 ← &a:
./main.go:9:2:     from &a (address-of) at ./main.go:10:9
./main.go:9:2:     from return &a, &b (return) at ./main.go:10:2
./main.go:9:2: moved to heap: a
./main.go:9:5: moved to heap: b
./main.go:18:11: main ignoring self-assignment in q.x, q.y = q.y, q.x
./main.go:18:11: main ignoring self-assignment in q.x, q.y = q.y, q.x
./main.go:19:2: c escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &c:
./main.go:19:2:     from &c (address-of) at ./main.go:20:14
./main.go:19:2:     from q.x, sink = &c, pa (assign-pair) at ./main.go:20:12
./main.go:14:2: a escapes to heap in main:
./main.go:14:2:   flow: pa ← &a:
./main.go:14:2:     from &a (address-of) at ./main.go:15:12
./main.go:14:2:     from pa, pb := &a, &b (assign-pair) at ./main.go:15:9
./main.go:14:2:   flow: {heap} ← pa:
./main.go:14:2:     from q.x, sink = &c, pa (assign-pair) at ./main.go:20:12
./main.go:14:5: b escapes to heap in main:
./main.go:14:5:   flow: pb ← &b:
./main.go:14:5:     from &b (address-of) at ./main.go:15:16
./main.go:14:5:     from pa, pb := &a, &b (assign-pair) at ./main.go:15:9
./main.go:14:5:   flow: pa ← pb:
./main.go:14:5:     from pa, pb = pb, pa (assign-pair) at ./main.go:16:9
./main.go:14:5:   flow: {heap} ← pa:
./main.go:14:5:     from q.x, sink = &c, pa (assign-pair) at ./main.go:20:12
./main.go:14:2: moved to heap: a
./main.go:14:5: moved to heap: b
./main.go:19:2: moved to heap: c
./main.go:17:7: &P{} does not escape
