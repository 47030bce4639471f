./main.go:8:23: parameter p leaks to {heap} for store with derefs=0:
./main.go:8:23:   flow: {heap} ← p:
./main.go:8:23:     from h.p = p (assign) at ./main.go:8:37
./main.go:8:12: h does not escape
./main.go:8:23: leaking param: p
./main.go:10:11: parameter p leaks to {heap} for wrap with derefs=0:
./main.go:10:11:   flow: {heap} ← p:
./main.go:10:11:     from store(&h, p) (call parameter) at ./main.go:12:7
./main.go:10:11: leaking param: p
./main.go:16:13: parameter p leaks to {heap} for unwrap with derefs=0:
./main.go:16:13:   flow: {heap} ← p:
./main.go:16:13:     from wrap(p) (call parameter) at ./main.go:17:11
./main.go:16:13: leaking param: p
./main.go:21:12: parameter pp leaks to ~r0 for level with derefs=0:
./main.go:21:12:   flow: ~r0 ← pp:
./main.go:21:12:     from return pp (return) at ./main.go:21:30
./main.go:21:12: leaking param: pp to result ~r0 level=0
./main.go:23:13: parameter ppp leaks to ~r0 for level2 with derefs=2:
./main.go:23:13:   flow: ~r0 ← **ppp:
./main.go:23:13:     from *ppp (indirection) at ./main.go:23:46
./main.go:23:13:     from level(*ppp) (call parameter) at ./main.go:23:45
./main.go:23:13:     from *level(*ppp) (indirection) at ./main.go:23:39
./main.go:23:13:     from return *level(*ppp) (return) at ./main.go:23:32
./main.go:23:13: leaking param: ppp to result ~r0 level=2
./main.go:26:2: x escapes to heap in main:
./main.go:26:2:   flow: {heap} ← &x:
./main.go:26:2:     from &x (address-of) at ./main.go:27:18
./main.go:26:2:     from unwrap(&x) (call parameter) at ./main.go:27:17
./main.go:28:2: y escapes to heap in main:
./main.go:28:2:   flow: py ← &y:
./main.go:28:2:     from &y (address-of) at ./main.go:29:8
./main.go:28:2:     from py := &y (assign) at ./main.go:29:5
./main.go:28:2:   flow: ppy ← &py:
./main.go:28:2:     from &py (address-of) at ./main.go:30:9
./main.go:28:2:     from ppy := &py (assign) at ./main.go:30:6
./main.go:28:2:   flow: {heap} ← *ppy:
./main.go:28:2:     from &ppy (address-of) at ./main.go:31:16
./main.go:28:2:     from level2(&ppy) (call parameter) at ./main.go:31:15
./main.go:28:2:     from sink = level2(&ppy) (assign) at ./main.go:31:7
./main.go:26:2: moved to heap: x
./main.go:28:2: moved to heap: y
