./main.go:12:10: func literal escapes to heap in main:
./main.go:12:10:   flow: {heap} ← &{storage for func literal}:
./main.go:12:10:     from func literal (spill) at ./main.go:12:10
./main.go:12:10:     from sink = func literal (assign) at ./main.go:12:8
./main.go:15:6: func literal escapes to heap in main:
./main.go:15:6:   flow: {heap} ← &{storage for func literal}:
./main.go:15:6:     from func literal (spill) at ./main.go:15:6
./main.go:7:2: main capturing by ref: count (addr=true assign=true width=8)
./main.go:7:2: count escapes to heap in main:
./main.go:7:2:   flow: {storage for func literal} ← &count:
./main.go:7:2:     from count (captured by a closure) at ./main.go:12:19
./main.go:7:2:     from count (reference) at ./main.go:12:19
./main.go:8:6: main capturing by ref: p (addr=false assign=true width=8)
./main.go:8:6: p escapes to heap in main:
./main.go:8:6:   flow: {storage for func literal} ← &p:
./main.go:8:6:     from p (captured by a closure) at ./main.go:12:29
./main.go:8:6:     from p (reference) at ./main.go:12:29
./main.go:14:9: main capturing by value: v (addr=false assign=false width=8)
./main.go:18:3: main capturing by value: q (addr=false assign=false width=8)
./main.go:10:3: x escapes to heap in main:
./main.go:10:3:   flow: p ← &x:
./main.go:10:3:     from &x (address-of) at ./main.go:11:7
./main.go:10:3:     from p = &x (assign) at ./main.go:11:5
./main.go:7:2: moved to heap: count
./main.go:8:6: moved to heap: p
./main.go:10:3: moved to heap: x
./main.go:12:10: func literal escapes to heap
./main.go:14:25: []int{...} does not escape
./main.go:15:6: func literal escapes to heap
./main.go:19:3: func literal does not escape
