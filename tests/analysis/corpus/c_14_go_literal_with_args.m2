./main.go:6:10: p does not escape
./main.go:6:2: func literal escapes to heap in launch:
./main.go:6:2:   flow: {heap} ← &{storage for func literal}:
./main.go:6:2:     from func literal (spill) at ./main.go:6:2
./main.go:7:2: func literal escapes to heap in launch:
./main.go:7:2:   flow: {heap} ← &{storage for func literal}:
./main.go:7:2:     from func literal (spill) at ./main.go:7:2
./main.go:6:5: launch capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:6:29: launch capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:7:5: launch capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:7:2: launch capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:7:5: func literal escapes to heap in launch:
./main.go:7:5:   flow: .autotmp_3 ← &{storage for func literal}:
./main.go:7:5:     from func literal (spill) at ./main.go:7:5
./main.go:7:5:     from .autotmp_3, .autotmp_4 = func literal, x (assign-pair) at ./main.go:7:2
./main.go:7:5:   flow: {storage for func literal} ← .autotmp_3:
./main.go:7:5:     from .autotmp_3 (captured by a closure) at ./main.go:7:5
./main.go:6:5: func literal escapes to heap in launch:
./main.go:6:5:   flow: .autotmp_1 ← &{storage for func literal}:
./main.go:6:5:     from func literal (spill) at ./main.go:6:5
./main.go:6:5:     from .autotmp_1, .autotmp_2 = func literal, &x (assign-pair) at ./main.go:6:2
./main.go:6:5:   flow: {storage for func literal} ← .autotmp_1:
./main.go:6:5:     from .autotmp_1 (captured by a closure) at ./main.go:6:5
./main.go:5:2: x escapes to heap in launch:
./main.go:5:2:   flow: .autotmp_2 ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:29
./main.go:5:2:     from .autotmp_1, .autotmp_2 = func literal, &x (assign-pair) at ./main.go:6:2
./main.go:5:2:   flow: {storage for func literal} ← .autotmp_2:
./main.go:5:2:     from .autotmp_2 (captured by a closure) at ./main.go:6:29
./main.go:5:2: moved to heap: x
./main.go:6:5: func literal escapes to heap
./main.go:7:5: func literal escapes to heap
