./main.go:16:10: parameter t leaks to ~r0 for p79 with derefs=0:
./main.go:16:10:   flow: ~r0 ← t:
./main.go:16:10:     from return t (return) at ./main.go:18:2
./main.go:16:10: leaking param: t to result ~r0 level=0
./main.go:21:10: parameter t leaks to ~r0 for p81 with derefs=0:
./main.go:21:10:   flow: ~r0 ← t:
./main.go:21:10:     from return t (return) at ./main.go:23:2
./main.go:21:10: leaking param: t to result ~r0 level=0
./main.go:28:14: &T{...} does not escape
./main.go:28:28: &T{...} does not escape
