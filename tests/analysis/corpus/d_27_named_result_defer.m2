./main.go:6:11: f capturing by ref: r (addr=false assign=true width=8)
./main.go:8:7: &T{...} escapes to heap in f.func1:
./main.go:8:7:   flow: r ← &{storage for &T{...}}:
./main.go:8:7:     from &T{...} (spill) at ./main.go:8:7
./main.go:8:7:     from r = &T{...} (assign) at ./main.go:8:5
./main.go:8:7:   flow: {storage for func literal} ← &r:
./main.go:8:7:     from r (captured by a closure) at ./main.go:8:3
./main.go:8:7:     from r (reference) at ./main.go:8:3
./main.go:7:8: func literal does not escape
./main.go:8:7: &T{...} escapes to heap
./main.go:13:11: g capturing by ref: n (addr=false assign=true width=8)
./main.go:14:2: g capturing by ref: x (addr=true assign=false width=8)
./main.go:15:8: func literal does not escape
./main.go:23:11: h capturing by ref: res (addr=false assign=true width=8)
./main.go:24:2: h capturing by ref: v (addr=true assign=false width=8)
./main.go:24:2: v escapes to heap in h:
./main.go:24:2:   flow: res ← &v:
./main.go:24:2:     from &v (address-of) at ./main.go:25:23
./main.go:24:2:     from res = &v (assign) at ./main.go:25:21
./main.go:24:2: moved to heap: v
./main.go:25:8: func literal does not escape
