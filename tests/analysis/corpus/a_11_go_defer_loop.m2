./main.go:6:10: t does not escape
./main.go:12:2: func literal escapes to heap in f:
./main.go:12:2:   flow: {heap} ← &{storage for func literal}:
./main.go:12:2:     from func literal (spill) at ./main.go:12:2
./main.go:15:3: func literal escapes to heap in f:
./main.go:15:3:   flow: {heap} ← &{storage for func literal}:
./main.go:15:3:     from func literal (spill) at ./main.go:15:3
./main.go:10:12: f capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:12:9: f capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:15:13: f capturing by value: .autotmp_6 (addr=false assign=false width=8)
./main.go:14:3: c escapes to heap in f:
./main.go:14:3:   flow: .autotmp_6 ← &c:
./main.go:14:3:     from &c (address-of) at ./main.go:15:13
./main.go:14:3:     from .autotmp_6 = &c (assign-pair) at ./main.go:15:3
./main.go:14:3:   flow: {storage for func literal} ← .autotmp_6:
./main.go:14:3:     from .autotmp_6 (captured by a closure) at ./main.go:15:13
./main.go:11:2: b escapes to heap in f:
./main.go:11:2:   flow: .autotmp_3 ← &b:
./main.go:11:2:     from &b (address-of) at ./main.go:12:9
./main.go:11:2:     from .autotmp_3 = &b (assign-pair) at ./main.go:12:2
./main.go:11:2:   flow: {storage for func literal} ← .autotmp_3:
./main.go:11:2:     from .autotmp_3 (captured by a closure) at ./main.go:12:9
./main.go:11:2: moved to heap: b
./main.go:14:3: moved to heap: c
