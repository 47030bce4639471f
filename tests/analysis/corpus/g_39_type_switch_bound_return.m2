./main.go:6:10: parameter i leaks to ~r0 for asT with derefs=0:
./main.go:6:10:   flow: v ← i:
./main.go:6:10:     from case T: return v (switch case) at ./main.go:8:2
./main.go:6:10:   flow: ~r0 ← v:
./main.go:6:10:     from return v (return) at ./main.go:9:3
./main.go:6:10: leaking param: i to result ~r0 level=0
./main.go:14:14: parameter i leaks to ~r0 for asIface with derefs=0:
./main.go:14:14:   flow: v ← i:
./main.go:14:14:     from case error: return v (switch case) at ./main.go:16:2
./main.go:14:14:   flow: ~r0 ← v:
./main.go:14:14:     from return v (return) at ./main.go:17:3
./main.go:14:14: leaking param: i to result ~r0 level=0
./main.go:22:17: parameter i leaks to ~r0 for asPtrMulti with derefs=0:
./main.go:22:17:   flow: v ← i:
./main.go:22:17:     from case *int, *string: return v (switch case) at ./main.go:24:2
./main.go:22:17:   flow: ~r0 ← v:
./main.go:22:17:     from return v (return) at ./main.go:25:3
./main.go:22:17: leaking param: i to result ~r0 level=0
