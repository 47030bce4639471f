./main.go:8:17: parameter p leaks to {heap} for (*T).Set with derefs=0:
./main.go:8:17:   flow: {heap} ← p:
./main.go:8:17:     from t.p = p (assign) at ./main.go:8:31
./main.go:8:7: t does not escape
./main.go:8:17: leaking param: p
./main.go:10:14: t does not escape
./main.go:10:20: p does not escape
./main.go:14:2: x escapes to heap in main:
./main.go:14:2:   flow: {temp} ← &x:
./main.go:14:2:     from &x (address-of) at ./main.go:19:8
./main.go:14:2:     from f(&a, &x) (call parameter) at ./main.go:19:3
./main.go:14:2:   flow: {heap} ← {temp}:
./main.go:21:2: y escapes to heap in main:
./main.go:21:2:   flow: {temp} ← &y:
./main.go:21:2:     from &y (address-of) at ./main.go:26:8
./main.go:21:2:     from g(&b, &y) (call parameter) at ./main.go:26:3
./main.go:21:2:   flow: {heap} ← {temp}:
./main.go:14:2: moved to heap: x
./main.go:21:2: moved to heap: y
