./main.go:15:13: r does not escape
./main.go:17:14: r does not escape
./main.go:10:9: func literal escapes to heap in main:
./main.go:10:9:   flow: {heap} ← &{storage for func literal}:
./main.go:10:9:     from func literal (spill) at ./main.go:10:9
./main.go:12:9: func literal escapes to heap in main:
./main.go:12:9:   flow: {heap} ← &{storage for func literal}:
./main.go:12:9:     from func literal (spill) at ./main.go:12:9
./main.go:17:3: func literal escapes to heap in main:
./main.go:17:3:   flow: {heap} ← &{storage for func literal}:
./main.go:17:3:     from func literal (spill) at ./main.go:17:3
./main.go:6:2: main capturing by value: p (addr=false assign=false width=8)
./main.go:9:3: main capturing by ref: y (addr=true assign=false width=8)
./main.go:9:3: y escapes to heap in main:
./main.go:9:3:   flow: {storage for func literal} ← &y:
./main.go:9:3:     from y (captured by a closure) at ./main.go:10:26
./main.go:9:3:     from y (reference) at ./main.go:10:26
./main.go:11:3: main capturing by value: q (addr=false assign=false width=8)
./main.go:15:8: main capturing by value: .autotmp_6 (addr=false assign=false width=8)
./main.go:15:32: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
./main.go:17:9: main capturing by value: .autotmp_9 (addr=false assign=false width=8)
./main.go:17:33: main capturing by value: .autotmp_10 (addr=false assign=false width=8)
./main.go:17:9: func literal escapes to heap in main:
./main.go:17:9:   flow: .autotmp_9 ← &{storage for func literal}:
./main.go:17:9:     from func literal (spill) at ./main.go:17:9
./main.go:17:9:     from .autotmp_9, .autotmp_10 = func literal, &z (assign-pair) at ./main.go:17:3
./main.go:17:9:   flow: {storage for func literal} ← .autotmp_9:
./main.go:17:9:     from .autotmp_9 (captured by a closure) at ./main.go:17:9
./main.go:14:2: z escapes to heap in main:
./main.go:14:2:   flow: .autotmp_10 ← &z:
./main.go:14:2:     from &z (address-of) at ./main.go:17:33
./main.go:14:2:     from .autotmp_9, .autotmp_10 = func literal, &z (assign-pair) at ./main.go:17:3
./main.go:14:2:   flow: {storage for func literal} ← .autotmp_10:
./main.go:14:2:     from .autotmp_10 (captured by a closure) at ./main.go:17:33
./main.go:9:3: moved to heap: y
./main.go:14:2: moved to heap: z
./main.go:7:8: func literal does not escape
./main.go:10:9: func literal escapes to heap
./main.go:12:9: func literal escapes to heap
./main.go:15:8: func literal does not escape
./main.go:17:9: func literal escapes to heap
