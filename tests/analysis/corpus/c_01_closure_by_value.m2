./main.go:6:2: reader capturing by value: p (addr=false assign=false width=8)
./main.go:7:9: func literal escapes to heap in reader:
./main.go:7:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:7:9:     from func literal (spill) at ./main.go:7:9
./main.go:7:9:     from return func literal (return) at ./main.go:7:2
./main.go:5:2: x escapes to heap in reader:
./main.go:5:2:   flow: p ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:7
./main.go:5:2:     from p := &x (assign) at ./main.go:6:4
./main.go:5:2:   flow: {storage for func literal} ← p:
./main.go:5:2:     from p (captured by a closure) at ./main.go:7:30
./main.go:5:2: moved to heap: x
./main.go:7:9: func literal escapes to heap
