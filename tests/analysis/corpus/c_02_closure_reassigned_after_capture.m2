./main.go:5:2: late capturing by ref: x (addr=false assign=true width=8)
./main.go:6:7: func literal escapes to heap in late:
./main.go:6:7:   flow: f ← &{storage for func literal}:
./main.go:6:7:     from func literal (spill) at ./main.go:6:7
./main.go:6:7:     from f := func literal (assign) at ./main.go:6:4
./main.go:6:7:   flow: ~r0 ← f:
./main.go:6:7:     from return f (return) at ./main.go:8:2
./main.go:5:2: x escapes to heap in late:
./main.go:5:2:   flow: {storage for func literal} ← &x:
./main.go:5:2:     from x (captured by a closure) at ./main.go:6:27
./main.go:5:2:     from x (reference) at ./main.go:6:27
./main.go:5:2: moved to heap: x
./main.go:6:7: func literal escapes to heap
./main.go:12:2: early capturing by value: y (addr=false assign=false width=8)
./main.go:14:9: func literal escapes to heap in early:
./main.go:14:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:14:9:     from func literal (spill) at ./main.go:14:9
./main.go:14:9:     from return func literal (return) at ./main.go:14:2
./main.go:14:9: func literal escapes to heap
