./main.go:6:9: mk capturing by value: n (addr=false assign=false width=8)
./main.go:6:9: mk capturing by value: n (addr=false assign=false width=8)
./main.go:8:8: func literal escapes to heap in mk.func1:
./main.go:8:8:   flow: g ← &{storage for func literal}:
./main.go:8:8:     from func literal (spill) at ./main.go:8:8
./main.go:8:8:     from g := func literal (assign) at ./main.go:8:5
./main.go:8:8:   flow: {heap} ← g:
./main.go:8:8:     from g (interface-converted) at ./main.go:9:10
./main.go:8:8:     from sink = g (assign) at ./main.go:9:8
./main.go:6:9: parameter n leaks to {storage for func literal} for mk with derefs=0:
./main.go:6:9:   flow: {storage for func literal} ← n:
./main.go:6:9:     from n (captured by a closure) at ./main.go:8:28
./main.go:7:9: func literal escapes to heap in mk:
./main.go:7:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:7:9:     from func literal (spill) at ./main.go:7:9
./main.go:7:9:     from return func literal (return) at ./main.go:7:2
./main.go:6:9: parameter n leaks to {storage for func literal} for mk with derefs=0:
./main.go:6:9:   flow: {storage for func literal} ← n:
./main.go:6:9:     from n (captured by a closure) at ./main.go:8:28
./main.go:7:9: func literal escapes to heap
./main.go:8:8: func literal escapes to heap
./main.go:14:12: twice capturing by value: n (addr=false assign=false width=8)
./main.go:14:12: twice capturing by value: n (addr=false assign=false width=8)
./main.go:15:7: func literal does not escape
./main.go:16:7: func literal does not escape
./main.go:21:7: func literal does not escape
