./main.go:6:11: parameter v leaks to {heap} for leak with derefs=0:
./main.go:6:11:   flow: {heap} ← v:
./main.go:6:11:     from sink = v (assign) at ./main.go:6:25
./main.go:6:11: leaking param: v
./main.go:8:11: v does not escape
./main.go:10:11: parameter v leaks to ~r0 for pass with derefs=0:
./main.go:10:11:   flow: ~r0 ← v:
./main.go:10:11:     from return v (return) at ./main.go:10:24
./main.go:10:11: leaking param: v to result ~r0 level=0
./main.go:14:7: a escapes to heap in main:
./main.go:14:7:   flow: {heap} ← &{storage for a}:
./main.go:14:7:     from a (spill) at ./main.go:14:7
./main.go:14:7:     from leak(a) (call parameter) at ./main.go:14:6
./main.go:19:14: d escapes to heap in main:
./main.go:19:14:   flow: {heap} ← &{storage for d}:
./main.go:19:14:     from d (spill) at ./main.go:19:14
./main.go:19:14:     from pass(d) (call parameter) at ./main.go:19:13
./main.go:19:14:     from sink = pass(d) (assign) at ./main.go:19:7
./main.go:20:2: e escapes to heap in main:
./main.go:20:2:   flow: {heap} ← &e:
./main.go:20:2:     from &e (address-of) at ./main.go:21:7
./main.go:20:2:     from &e (interface-converted) at ./main.go:21:7
./main.go:20:2:     from leak(&e) (call parameter) at ./main.go:21:6
./main.go:20:2: moved to heap: e
./main.go:14:7: 1 escapes to heap
./main.go:15:15: "two" does not escape
./main.go:16:12: 3 does not escape
./main.go:19:14: 4 escapes to heap
