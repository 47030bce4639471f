./main.go:4:11: parameter x leaks to ~r0 for pick with derefs=0:
./main.go:4:11:   flow: ~r0 ← x:
./main.go:4:11:     from return x (return) at ./main.go:7:3
./main.go:4:14: parameter y leaks to ~r0 for pick with derefs=0:
./main.go:4:14:   flow: ~r0 ← y:
./main.go:4:14:     from return y (return) at ./main.go:9:3
./main.go:4:11: leaking param: x to result ~r0 level=0
./main.go:4:14: leaking param: y to result ~r0 level=0
./main.go:4:17: z does not escape
