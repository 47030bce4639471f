./main.go:14:14: counter capturing by value: f (addr=false assign=false width=8)
./main.go:14:31: counter capturing by value: n (addr=false assign=false width=8)
./main.go:15:9: func literal escapes to heap in counter:
./main.go:15:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:15:9:     from func literal (spill) at ./main.go:15:9
./main.go:15:9:     from return func literal (return) at ./main.go:15:2
./main.go:14:14: parameter f leaks to {storage for func literal} for counter with derefs=0:
./main.go:14:14:   flow: {storage for func literal} ← f:
./main.go:14:14:     from f (captured by a closure) at ./main.go:15:29
./main.go:14:31: parameter n leaks to {storage for func literal} for counter with derefs=0:
./main.go:14:31:   flow: {storage for func literal} ← n:
./main.go:14:31:     from n (captured by a closure) at ./main.go:15:31
./main.go:14:14: leaking param: f
./main.go:15:9: func literal escapes to heap
./main.go:20:7: func literal does not escape
./main.go:29:7: func literal does not escape
./main.go:38:7: func literal does not escape
