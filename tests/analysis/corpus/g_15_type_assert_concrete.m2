./main.go:8:11: i does not escape
./main.go:10:11: parameter i leaks to ~r0 for getP with derefs=0:
./main.go:10:11:   flow: ~r0 ← i:
./main.go:10:11:     from i.(*T) (dot) at ./main.go:10:31
./main.go:10:11:     from return i.(*T) (return) at ./main.go:10:23
./main.go:10:11: leaking param: i to result ~r0 level=0
./main.go:12:12: parameter i leaks to ~r0 for getPT with derefs=0:
./main.go:12:12:   flow: ~r0 ← i:
./main.go:12:12:     from i.(PT) (dot) at ./main.go:12:32
./main.go:12:12:     from return i.(PT) (return) at ./main.go:12:24
./main.go:12:12: leaking param: i to result ~r0 level=0
./main.go:14:11: parameter i leaks to ~r0 for getS with derefs=1:
./main.go:14:11:   flow: ~r0 ← *i:
./main.go:14:11:     from i.(string) (dot) at ./main.go:14:35
./main.go:14:11:     from return i.(string) (return) at ./main.go:14:27
./main.go:14:11: leaking param: i to result ~r0 level=1
./main.go:18:15: x does not escape
./main.go:20:39: "s" does not escape
