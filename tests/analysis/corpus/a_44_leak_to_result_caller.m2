./main.go:4:11: parameter a leaks to ~r0 for pick with derefs=0:
./main.go:4:11:   flow: ~r0 ← a:
./main.go:4:11:     from return a (return) at ./main.go:6:3
./main.go:4:14: parameter b leaks to ~r0 for pick with derefs=0:
./main.go:4:14:   flow: ~r0 ← b:
./main.go:4:14:     from return b (return) at ./main.go:8:2
./main.go:4:11: leaking param: a to result ~r0 level=0
./main.go:4:14: leaking param: b to result ~r0 level=0
./main.go:17:2: x escapes to heap in returnIt:
./main.go:17:2:   flow: ~r0 ← &x:
./main.go:17:2:     from &x (address-of) at ./main.go:18:14
./main.go:17:2:     from pick(&x, &y, false) (call parameter) at ./main.go:18:13
./main.go:17:2:     from return pick(&x, &y, false) (return) at ./main.go:18:2
./main.go:17:5: y escapes to heap in returnIt:
./main.go:17:5:   flow: ~r0 ← &y:
./main.go:17:5:     from &y (address-of) at ./main.go:18:18
./main.go:17:5:     from pick(&x, &y, false) (call parameter) at ./main.go:18:13
./main.go:17:5:     from return pick(&x, &y, false) (return) at ./main.go:18:2
./main.go:17:2: moved to heap: x
./main.go:17:5: moved to heap: y
