./main.go:4:11: parameter a leaks to ~r1 for swap with derefs=0:
./main.go:4:11:   flow: ~r1 ← a:
./main.go:4:11:     from return b, a (return) at ./main.go:4:37
./main.go:4:14: parameter b leaks to ~r0 for swap with derefs=0:
./main.go:4:14:   flow: ~r0 ← b:
./main.go:4:14:     from return b, a (return) at ./main.go:4:37
./main.go:4:11: leaking param: a to result ~r1 level=0
./main.go:4:14: leaking param: b to result ~r0 level=0
./main.go:7:5: y escapes to heap in firstOnly:
./main.go:7:5:   flow: .autotmp_4 ← &y:
./main.go:7:5:     from &y (address-of) at ./main.go:8:19
./main.go:7:5:     from swap(&x, &y) (call parameter) at ./main.go:8:14
./main.go:7:5:   flow: p ← .autotmp_4:
./main.go:7:5:     from p, _ := (*int)(.autotmp_4), 0 (assign-pair) at ./main.go:8:7
./main.go:7:5:   flow: ~r0 ← p:
./main.go:7:5:     from return p (return) at ./main.go:9:2
./main.go:7:5: moved to heap: y
