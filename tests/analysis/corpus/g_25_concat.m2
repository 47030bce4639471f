./main.go:6:41: a + b escapes to heap in two:
./main.go:6:41:   flow: ~r0 ← &{storage for a + b}:
./main.go:6:41:     from a + b (spill) at ./main.go:6:41
./main.go:6:41:     from return a + b (return) at ./main.go:6:32
./main.go:6:10: a does not escape
./main.go:6:13: b does not escape
./main.go:6:41: a + b escapes to heap
./main.go:8:12: a does not escape
./main.go:8:15: b does not escape
./main.go:8:18: c does not escape
./main.go:8:51: a + b + c does not escape
./main.go:10:49: a + b + c + d escapes to heap in four:
./main.go:10:49:   flow: {heap} ← &{storage for a + b + c + d}:
./main.go:10:49:     from a + b + c + d (spill) at ./main.go:10:49
./main.go:10:49:     from sink = a + b + c + d (assign) at ./main.go:10:37
./main.go:10:11: a does not escape
./main.go:10:14: b does not escape
./main.go:10:17: c does not escape
./main.go:10:20: d does not escape
./main.go:10:49: a + b + c + d escapes to heap
./main.go:13:21: a + b + c + d + e escapes to heap in five:
./main.go:13:21:   flow: s ← &{storage for a + b + c + d + e}:
./main.go:13:21:     from a + b + c + d + e (spill) at ./main.go:13:21
./main.go:13:21:     from s := a + b + c + d + e (assign) at ./main.go:13:4
./main.go:13:21:   flow: ~r0 ← s:
./main.go:13:21:     from return s (return) at ./main.go:14:2
./main.go:12:11: a does not escape
./main.go:12:14: b does not escape
./main.go:12:17: c does not escape
./main.go:12:20: d does not escape
./main.go:12:23: e does not escape
./main.go:13:21: a + b + c + d + e escapes to heap
./main.go:17:13: parameter a leaks to ~r0 for plusEq with derefs=0:
./main.go:17:13:   flow: s ← a:
./main.go:17:13:     from s := a (assign) at ./main.go:18:4
./main.go:17:13:   flow: ~r0 ← s:
./main.go:17:13:     from return s (return) at ./main.go:21:2
./main.go:17:16: parameter b leaks to ~r0 for plusEq with derefs=0:
./main.go:17:16:   flow: s ← b:
./main.go:17:16:     from s += b (assign) at ./main.go:19:4
./main.go:17:16:   flow: ~r0 ← s:
./main.go:17:16:     from return s (return) at ./main.go:21:2
./main.go:17:13: leaking param: a to result ~r0 level=0
./main.go:17:16: leaking param: b to result ~r0 level=0
