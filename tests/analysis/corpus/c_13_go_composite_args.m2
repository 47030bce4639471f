./main.go:6:14: p does not escape
./main.go:8:12: xs does not escape
./main.go:13:16: []int{...} does not escape
./main.go:12:2: func literal escapes to heap in launch:
./main.go:12:2:   flow: {heap} ← &{storage for func literal}:
./main.go:12:2:     from func literal (spill) at ./main.go:12:2
./main.go:13:2: func literal escapes to heap in launch:
./main.go:13:2:   flow: {heap} ← &{storage for func literal}:
./main.go:13:2:     from func literal (spill) at ./main.go:13:2
./main.go:12:18: launch capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:12:22: launch capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:11:2: x escapes to heap in launch:
./main.go:11:2:   flow: .autotmp_2 ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:12:18
./main.go:11:2:     from .autotmp_2, .autotmp_3 = &x, &y (assign-pair) at ./main.go:12:2
./main.go:11:2:   flow: {storage for func literal} ← .autotmp_2:
./main.go:11:2:     from .autotmp_2 (captured by a closure) at ./main.go:12:18
./main.go:11:5: y escapes to heap in launch:
./main.go:11:5:   flow: .autotmp_3 ← &y:
./main.go:11:5:     from &y (address-of) at ./main.go:12:22
./main.go:11:5:     from .autotmp_2, .autotmp_3 = &x, &y (assign-pair) at ./main.go:12:2
./main.go:11:5:   flow: {storage for func literal} ← .autotmp_3:
./main.go:11:5:     from .autotmp_3 (captured by a closure) at ./main.go:12:22
./main.go:11:2: moved to heap: x
./main.go:11:5: moved to heap: y
