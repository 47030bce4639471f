./main.go:5:2: outer capturing by ref: x (addr=false assign=true width=8)
./main.go:5:2: outer capturing by ref: x (addr=true assign=true width=8)
./main.go:7:3: outer.func1 capturing by value: y (addr=false assign=false width=8)
./main.go:8:10: func literal escapes to heap in outer.func1:
./main.go:8:10:   flow: ~r0 ← &{storage for func literal}:
./main.go:8:10:     from func literal (spill) at ./main.go:8:10
./main.go:8:10:     from return func literal (return) at ./main.go:8:3
./main.go:5:2: x escapes to heap in outer:
./main.go:5:2:   flow: {storage for func literal} ← &x:
./main.go:5:2:     from x (captured by a closure) at ./main.go:9:4
./main.go:5:2:     from x (reference) at ./main.go:9:4
./main.go:6:9: func literal escapes to heap in outer:
./main.go:6:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:6:9:     from func literal (spill) at ./main.go:6:9
./main.go:6:9:     from return func literal (return) at ./main.go:6:2
./main.go:5:2: moved to heap: x
./main.go:6:9: func literal escapes to heap
./main.go:8:10: func literal escapes to heap
