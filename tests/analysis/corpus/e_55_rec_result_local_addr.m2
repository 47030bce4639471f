./main.go:4:8: parameter p leaks to ~r0 for r with derefs=0:
./main.go:4:8:   flow: ~r0 ← p:
./main.go:4:8:     from return p (return) at ./main.go:6:3
./main.go:8:2: x escapes to heap in r:
./main.go:8:2:   flow: p ← &x:
./main.go:8:2:     from &x (address-of) at ./main.go:9:9
./main.go:8:2:     from r(&x, n - 1) (call parameter) at ./main.go:9:8
./main.go:8:2:   flow: ~r0 ← p:
./main.go:8:2:     from return p (return) at ./main.go:6:3
./main.go:4:8: leaking param: p to result ~r0 level=0
./main.go:8:2: moved to heap: x
./main.go:14:17: viaClosure capturing by value: p (addr=false assign=false width=8)
./main.go:14:25: viaClosure capturing by value: n (addr=false assign=false width=8)
./main.go:14:17: parameter p leaks to ~r0 for viaClosure with derefs=0:
./main.go:14:17:   flow: ~r0 ← p:
./main.go:14:17:     from return p (return) at ./main.go:17:3
./main.go:14:17: leaking param: p to result ~r0 level=0
./main.go:15:7: func literal does not escape
