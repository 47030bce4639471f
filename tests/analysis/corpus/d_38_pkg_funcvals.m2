./main.go:6:14: parameter p leaks to ~r0 for init.func1 with derefs=0:
./main.go:6:14:   flow: ~r0 ← p:
./main.go:6:14:     from return p (return) at ./main.go:6:29
./main.go:6:14: leaking param: p to result ~r0 level=0
./main.go:8:28: &T{} escapes to heap in init.func2:
./main.go:8:28:   flow: ~r0 ← &{storage for &T{}}:
./main.go:8:28:     from &T{} (spill) at ./main.go:8:28
./main.go:8:28:     from return &T{} (return) at ./main.go:8:21
./main.go:8:28: &T{} escapes to heap
./main.go:12:9: &T{...} escapes to heap in mk:
./main.go:12:9:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:12:9:     from &T{...} (spill) at ./main.go:12:9
./main.go:12:9:     from return &T{...} (return) at ./main.go:12:2
./main.go:12:9: &T{...} escapes to heap
./main.go:15:11: t does not escape
./main.go:23:19: p does not escape
./main.go:18:2: x escapes to heap in main:
./main.go:18:2:   flow: {heap} ← &x:
./main.go:18:2:     from &x (address-of) at ./main.go:19:12
./main.go:18:2:     from f(&x) (call parameter) at ./main.go:19:11
./main.go:22:12: &T{...} escapes to heap in main:
./main.go:22:12:   flow: {heap} ← &{storage for &T{...}}:
./main.go:22:12:     from &T{...} (spill) at ./main.go:22:12
./main.go:22:12:     from k(&T{...}) (call parameter) at ./main.go:22:11
./main.go:18:2: moved to heap: x
./main.go:22:12: &T{...} escapes to heap
./main.go:23:14: func literal does not escape
./main.go:24:16: &T{...} does not escape
