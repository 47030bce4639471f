./main.go:4:10: p does not escape
./main.go:10:3: func literal escapes to heap in main:
./main.go:10:3:   flow: {heap} ← &{storage for func literal}:
./main.go:10:3:     from func literal (spill) at ./main.go:10:3
./main.go:17:2: func literal escapes to heap in main:
./main.go:17:2:   flow: {heap} ← &{storage for func literal}:
./main.go:17:2:     from func literal (spill) at ./main.go:17:2
./main.go:8:12: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:10:13: main capturing by value: .autotmp_6 (addr=false assign=false width=8)
./main.go:15:12: main capturing by value: .autotmp_8 (addr=false assign=false width=8)
./main.go:17:12: main capturing by value: .autotmp_9 (addr=false assign=false width=8)
./main.go:7:8: c escapes to heap in main:
./main.go:7:8:   flow: .autotmp_9 ← &c:
./main.go:7:8:     from &c (address-of) at ./main.go:17:12
./main.go:7:8:     from .autotmp_9 = &c (assign-pair) at ./main.go:17:2
./main.go:7:8:   flow: {storage for func literal} ← .autotmp_9:
./main.go:7:8:     from .autotmp_9 (captured by a closure) at ./main.go:17:12
./main.go:7:5: b escapes to heap in main:
./main.go:7:5:   flow: .autotmp_6 ← &b:
./main.go:7:5:     from &b (address-of) at ./main.go:10:13
./main.go:7:5:     from .autotmp_6 = &b (assign-pair) at ./main.go:10:3
./main.go:7:5:   flow: {storage for func literal} ← .autotmp_6:
./main.go:7:5:     from .autotmp_6 (captured by a closure) at ./main.go:10:13
./main.go:7:5: moved to heap: b
./main.go:7:8: moved to heap: c
