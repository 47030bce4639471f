./main.go:6:11: parameter p leaks to ~r0 for getB with derefs=0:
./main.go:6:11:   flow: s ← p:
./main.go:6:11:     from s.a = p (assign) at ./main.go:8:6
./main.go:6:11:   flow: ~r0 ← s:
./main.go:6:11:     from s.b (dot) at ./main.go:9:10
./main.go:6:11:     from return s.b (return) at ./main.go:9:2
./main.go:6:11: leaking param: p to result ~r0 level=0
./main.go:12:13: parameter p leaks to ~r0 for viaLit with derefs=0:
./main.go:12:13:   flow: t ← p:
./main.go:12:13:     from pair{...} (struct literal element) at ./main.go:13:11
./main.go:12:13:     from t := pair{...} (assign) at ./main.go:13:4
./main.go:12:13:   flow: ~r0 ← t:
./main.go:12:13:     from t.b (dot) at ./main.go:14:10
./main.go:12:13:     from return t.b (return) at ./main.go:14:2
./main.go:12:13: leaking param: p to result ~r0 level=0
./main.go:17:20: parameter p leaks to {heap} for setA with derefs=0:
./main.go:17:20:   flow: {heap} ← p:
./main.go:17:20:     from s.a = p (assign) at ./main.go:17:34
./main.go:17:11: s does not escape
./main.go:17:20: leaking param: p
./main.go:20:2: x escapes to heap in local:
./main.go:20:2:   flow: {heap} ← &x:
./main.go:20:2:     from &x (address-of) at ./main.go:23:9
./main.go:20:2:     from pt.a = &x (assign) at ./main.go:23:7
./main.go:20:2: moved to heap: x
./main.go:28:8: c escapes to heap in main:
./main.go:28:8:   flow: {heap} ← &c:
./main.go:28:8:     from &c (address-of) at ./main.go:30:11
./main.go:28:8:     from setA(&s, &c) (call parameter) at ./main.go:30:6
./main.go:28:8: moved to heap: c
