./main.go:5:2: byValue capturing by value: x (addr=false assign=false width=8)
./main.go:6:9: func literal escapes to heap in byValue:
./main.go:6:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:6:9:     from func literal (spill) at ./main.go:6:9
./main.go:6:9:     from return func literal (return) at ./main.go:6:2
./main.go:6:9: func literal escapes to heap
./main.go:10:2: byRef capturing by ref: x (addr=false assign=true width=8)
./main.go:11:9: func literal escapes to heap in byRef:
./main.go:11:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:11:9:     from func literal (spill) at ./main.go:11:9
./main.go:11:9:     from return func literal (return) at ./main.go:11:2
./main.go:10:2: x escapes to heap in byRef:
./main.go:10:2:   flow: {storage for func literal} ← &x:
./main.go:10:2:     from x (captured by a closure) at ./main.go:11:22
./main.go:10:2:     from x (reference) at ./main.go:11:22
./main.go:10:2: moved to heap: x
./main.go:11:9: func literal escapes to heap
./main.go:15:2: local capturing by ref: y (addr=false assign=true width=8)
./main.go:16:7: func literal does not escape
