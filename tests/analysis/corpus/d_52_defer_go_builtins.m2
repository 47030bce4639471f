./main.go:15:2: func literal escapes to heap in main:
./main.go:15:2:   flow: {heap} ← &{storage for func literal}:
./main.go:15:2:     from func literal (spill) at ./main.go:15:2
./main.go:17:2: func literal escapes to heap in main:
./main.go:17:2:   flow: {heap} ← &{storage for func literal}:
./main.go:17:2:     from func literal (spill) at ./main.go:17:2
./main.go:20:3: func literal escapes to heap in main:
./main.go:20:3:   flow: {heap} ← &{storage for func literal}:
./main.go:20:3:     from func literal (spill) at ./main.go:20:3
./main.go:8:2: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:9:2: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:10:16: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:12:17: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
./main.go:15:2: main capturing by value: .autotmp_9 (addr=false assign=false width=8)
./main.go:17:11: main capturing by value: .autotmp_11 (addr=false assign=false width=8)
./main.go:20:17: main capturing by value: .autotmp_14 (addr=false assign=false width=8)
./main.go:19:3: z escapes to heap in main:
./main.go:19:3:   flow: .autotmp_14 ← &z:
./main.go:19:3:     from &z (address-of) at ./main.go:20:17
./main.go:19:3:     from .autotmp_14 = &z (assign-pair) at ./main.go:20:3
./main.go:19:3:   flow: {storage for func literal} ← .autotmp_14:
./main.go:19:3:     from .autotmp_14 (captured by a closure) at ./main.go:20:17
./main.go:16:2: y escapes to heap in main:
./main.go:16:2:   flow: .autotmp_11 ← &y:
./main.go:16:2:     from &y (address-of) at ./main.go:17:11
./main.go:16:2:     from .autotmp_11 = &y (assign-pair) at ./main.go:17:2
./main.go:16:2:   flow: {storage for func literal} ← .autotmp_11:
./main.go:16:2:     from .autotmp_11 (captured by a closure) at ./main.go:17:11
./main.go:16:2: moved to heap: y
./main.go:19:3: moved to heap: z
./main.go:6:22: map[string]*int{} does not escape
./main.go:11:12: []int{...} does not escape
