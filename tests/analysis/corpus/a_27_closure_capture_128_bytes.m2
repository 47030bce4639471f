./main.go:5:6: small capturing by value: a (addr=false assign=false width=128)
./main.go:6:9: func literal escapes to heap in small:
./main.go:6:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:6:9:     from func literal (spill) at ./main.go:6:9
./main.go:6:9:     from return func literal (return) at ./main.go:6:2
./main.go:6:9: func literal escapes to heap
./main.go:10:6: large capturing by ref: b (addr=false assign=false width=136)
./main.go:11:9: func literal escapes to heap in large:
./main.go:11:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:11:9:     from func literal (spill) at ./main.go:11:9
./main.go:11:9:     from return func literal (return) at ./main.go:11:2
./main.go:10:6: b escapes to heap in large:
./main.go:10:6:   flow: {storage for func literal} ← &b:
./main.go:10:6:     from b (captured by a closure) at ./main.go:11:31
./main.go:10:6:     from b (reference) at ./main.go:11:31
./main.go:10:6: moved to heap: b
./main.go:11:9: func literal escapes to heap
