./main.go:10:7: parameter p leaks to {heap} for main.func1 with derefs=0:
./main.go:10:7:   flow: {heap} ← p:
./main.go:10:7:     from sink = p (assign) at ./main.go:11:8
./main.go:10:7: leaking param: p
./main.go:13:12: a escapes to heap in main.func2:
./main.go:13:12:   flow: ~r0 ← &a:
./main.go:13:12:     from &a (address-of) at ./main.go:14:10
./main.go:13:12:     from return &a (return) at ./main.go:14:3
./main.go:13:12: parameter a leaks to ~r0 for main.func2 with derefs=0:
./main.go:13:12:   flow: ~r0 ← &a:
./main.go:13:12:     from &a (address-of) at ./main.go:14:10
./main.go:13:12:     from return &a (return) at ./main.go:14:3
./main.go:13:12: moved to heap: a
./main.go:16:22: parameter s leaks to ~r0 for main.func3 with derefs=0:
./main.go:16:22:   flow: ~r0 ← s:
./main.go:16:22:     from return s (return) at ./main.go:16:41
./main.go:16:22: leaking param: s to result ~r0 level=0
./main.go:17:12: parameter p leaks to ~r0 for main.func4 with derefs=0:
./main.go:17:12:   flow: ~r0 ← p:
./main.go:17:12:     from return p (return) at ./main.go:17:23
./main.go:17:12: leaking param: p to result ~r0 level=0
./main.go:18:7: ps does not escape
./main.go:12:4: &T{...} escapes to heap in main:
./main.go:12:4:   flow: {heap} ← &{storage for &T{...}}:
./main.go:12:4:     from &T{...} (spill) at ./main.go:12:4
./main.go:12:4:     from (func literal)(&T{...}) (call parameter) at ./main.go:12:3
./main.go:16:51: ([]byte)((func literal)("x")) escapes to heap in main:
./main.go:16:51:   flow: {heap} ← &{storage for ([]byte)((func literal)("x"))}:
./main.go:16:51:     from ([]byte)((func literal)("x")) (spill) at ./main.go:16:51
./main.go:16:51:     from sinkB = ([]byte)((func literal)("x")) (assign) at ./main.go:16:8
./main.go:10:2: func literal does not escape
./main.go:12:4: &T{...} escapes to heap
./main.go:13:7: func literal does not escape
./main.go:16:51: ([]byte)((func literal)("x")) escapes to heap
./main.go:16:17: func literal does not escape
./main.go:17:7: func literal does not escape
./main.go:17:34: &T{...} does not escape
./main.go:18:2: func literal does not escape
./main.go:18:19: ... argument does not escape
./main.go:18:20: &T{...} does not escape
./main.go:18:27: &T{...} does not escape
