./main.go:6:7: t does not escape
./main.go:6:15: q does not escape
./main.go:7:7: t does not escape
./main.go:9:10: t does not escape
./main.go:10:11: xs does not escape
./main.go:11:11: p does not escape
./main.go:19:13: a does not escape
./main.go:26:14: a does not escape
./main.go:25:3: func literal escapes to heap in main:
./main.go:25:3:   flow: {heap} ← &{storage for func literal}:
./main.go:25:3:     from func literal (spill) at ./main.go:25:3
./main.go:26:3: func literal escapes to heap in main:
./main.go:26:3:   flow: {heap} ← &{storage for func literal}:
./main.go:26:3:     from func literal (spill) at ./main.go:26:3
./main.go:15:17: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:16:20: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:18:2: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
./main.go:18:12: main capturing by value: .autotmp_8 (addr=false assign=false width=8)
./main.go:19:8: main capturing by value: .autotmp_9 (addr=false assign=false width=8)
./main.go:19:37: main capturing by value: .autotmp_10 (addr=false assign=false width=8)
./main.go:20:13: main capturing by value: .autotmp_11 (addr=false assign=false width=8)
./main.go:22:9: main capturing by value: .autotmp_12 (addr=false assign=false width=8)
./main.go:25:21: main capturing by value: .autotmp_15 (addr=false assign=false width=8)
./main.go:26:9: main capturing by value: .autotmp_16 (addr=false assign=false width=8)
./main.go:26:25: main capturing by value: .autotmp_17 (addr=false assign=false width=8)
./main.go:26:9: func literal escapes to heap in main:
./main.go:26:9:   flow: .autotmp_16 ← &{storage for func literal}:
./main.go:26:9:     from func literal (spill) at ./main.go:26:9
./main.go:26:9:     from .autotmp_16, .autotmp_17 = func literal, &v (assign-pair) at ./main.go:26:3
./main.go:26:9:   flow: {storage for func literal} ← .autotmp_16:
./main.go:26:9:     from .autotmp_16 (captured by a closure) at ./main.go:26:9
./main.go:24:3: v escapes to heap in main:
./main.go:24:3:   flow: .autotmp_17 ← &v:
./main.go:24:3:     from &v (address-of) at ./main.go:26:25
./main.go:24:3:     from .autotmp_16, .autotmp_17 = func literal, &v (assign-pair) at ./main.go:26:3
./main.go:24:3:   flow: {storage for func literal} ← .autotmp_17:
./main.go:24:3:     from .autotmp_17 (captured by a closure) at ./main.go:26:25
./main.go:24:3: moved to heap: v
./main.go:16:19: []*int{...} does not escape
./main.go:17:7: &T{} does not escape
./main.go:19:8: func literal does not escape
./main.go:20:13: &T{} does not escape
./main.go:22:9: &T{} does not escape
./main.go:25:20: []*int{...} does not escape
./main.go:26:9: func literal escapes to heap
