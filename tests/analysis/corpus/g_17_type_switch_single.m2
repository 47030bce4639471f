./main.go:10:7: v escapes to heap in pick:
./main.go:10:7:   flow: ~r0 ← &v:
./main.go:10:7:     from v.a (dot) at ./main.go:11:12
./main.go:10:7:     from &v.a (address-of) at ./main.go:11:10
./main.go:10:7:     from return &v.a (return) at ./main.go:11:3
./main.go:6:11: parameter i leaks to ~r0 for pick with derefs=0:
./main.go:6:11:   flow: {temp} ← i:
./main.go:6:11:   flow: v ← {temp}:
./main.go:6:11:     from case *int: return v (switch case) at ./main.go:8:2
./main.go:6:11:   flow: ~r0 ← v:
./main.go:6:11:     from return v (return) at ./main.go:9:3
./main.go:6:11: leaking param: i to result ~r0 level=0
./main.go:10:7: moved to heap: v
./main.go:18:10: parameter i leaks to ~r0 for str with derefs=1:
./main.go:18:10:   flow: v ← *i:
./main.go:18:10:     from case string: return v (switch case) at ./main.go:20:2
./main.go:18:10:   flow: ~r0 ← v:
./main.go:18:10:     from return v (return) at ./main.go:21:3
./main.go:18:10: leaking param: i to result ~r0 level=1
./main.go:28:33: T{} does not escape
./main.go:28:49: "x" does not escape
