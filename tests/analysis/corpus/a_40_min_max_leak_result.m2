./main.go:4:12: parameter a leaks to ~r0 for lower with derefs=0:
./main.go:4:12:   flow: ~r0 ← a:
./main.go:4:12:     from min(a, b) (call parameter) at ./main.go:5:12
./main.go:4:12:     from return min(a, b) (return) at ./main.go:5:2
./main.go:4:15: parameter b leaks to ~r0 for lower with derefs=0:
./main.go:4:15:   flow: ~r0 ← b:
./main.go:4:15:     from min(a, b) (call parameter) at ./main.go:5:12
./main.go:4:15:     from return min(a, b) (return) at ./main.go:5:2
./main.go:4:12: leaking param: a to result ~r0 level=0
./main.go:4:15: leaking param: b to result ~r0 level=0
./main.go:8:12: parameter a leaks to ~r0 for upper with derefs=0:
./main.go:8:12:   flow: ~r0 ← a:
./main.go:8:12:     from max(a, b, c) (call parameter) at ./main.go:9:12
./main.go:8:12:     from return max(a, b, c) (return) at ./main.go:9:2
./main.go:8:15: parameter b leaks to ~r0 for upper with derefs=0:
./main.go:8:15:   flow: ~r0 ← b:
./main.go:8:15:     from max(a, b, c) (call parameter) at ./main.go:9:12
./main.go:8:15:     from return max(a, b, c) (return) at ./main.go:9:2
./main.go:8:18: parameter c leaks to ~r0 for upper with derefs=0:
./main.go:8:18:   flow: ~r0 ← c:
./main.go:8:18:     from max(a, b, c) (call parameter) at ./main.go:9:12
./main.go:8:18:     from return max(a, b, c) (return) at ./main.go:9:2
./main.go:8:12: leaking param: a to result ~r0 level=0
./main.go:8:15: leaking param: b to result ~r0 level=0
./main.go:8:18: leaking param: c to result ~r0 level=0
