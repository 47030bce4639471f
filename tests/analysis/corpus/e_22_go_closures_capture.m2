./main.go:4:10: p does not escape
./main.go:16:10: r does not escape
./main.go:10:5: func literal escapes to heap in main:
./main.go:10:5:   flow: {heap} ← &{storage for func literal}:
./main.go:10:5:     from func literal (spill) at ./main.go:10:5
./main.go:16:2: func literal escapes to heap in main:
./main.go:16:2:   flow: {heap} ← &{storage for func literal}:
./main.go:16:2:     from func literal (spill) at ./main.go:16:2
./main.go:18:2: func literal escapes to heap in main:
./main.go:18:2:   flow: {heap} ← &{storage for func literal}:
./main.go:18:2:     from func literal (spill) at ./main.go:18:2
./main.go:22:5: func literal escapes to heap in main:
./main.go:22:5:   flow: {heap} ← &{storage for func literal}:
./main.go:22:5:     from func literal (spill) at ./main.go:22:5
./main.go:9:2: main capturing by value: p (addr=false assign=false width=8)
./main.go:7:2: main capturing by value: done (addr=false assign=false width=8)
./main.go:16:5: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:16:29: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:18:9: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
./main.go:19:2: main capturing by ref: w (addr=true assign=false width=8)
./main.go:21:2: main capturing by ref: n (addr=false assign=true width=8)
./main.go:21:2: n escapes to heap in main:
./main.go:21:2:   flow: {storage for func literal} ← &n:
./main.go:21:2:     from n (captured by a closure) at ./main.go:22:14
./main.go:21:2:     from n (reference) at ./main.go:22:14
./main.go:17:2: z escapes to heap in main:
./main.go:17:2:   flow: .autotmp_7 ← &z:
./main.go:17:2:     from &z (address-of) at ./main.go:18:9
./main.go:17:2:     from .autotmp_7 = &z (assign-pair) at ./main.go:18:2
./main.go:17:2:   flow: {storage for func literal} ← .autotmp_7:
./main.go:17:2:     from .autotmp_7 (captured by a closure) at ./main.go:18:9
./main.go:16:5: func literal escapes to heap in main:
./main.go:16:5:   flow: .autotmp_4 ← &{storage for func literal}:
./main.go:16:5:     from func literal (spill) at ./main.go:16:5
./main.go:16:5:     from .autotmp_4, .autotmp_5 = func literal, &y (assign-pair) at ./main.go:16:2
./main.go:16:5:   flow: {storage for func literal} ← .autotmp_4:
./main.go:16:5:     from .autotmp_4 (captured by a closure) at ./main.go:16:5
./main.go:15:2: y escapes to heap in main:
./main.go:15:2:   flow: .autotmp_5 ← &y:
./main.go:15:2:     from &y (address-of) at ./main.go:16:29
./main.go:15:2:     from .autotmp_4, .autotmp_5 = func literal, &y (assign-pair) at ./main.go:16:2
./main.go:15:2:   flow: {storage for func literal} ← .autotmp_5:
./main.go:15:2:     from .autotmp_5 (captured by a closure) at ./main.go:16:29
./main.go:8:2: x escapes to heap in main:
./main.go:8:2:   flow: p ← &x:
./main.go:8:2:     from &x (address-of) at ./main.go:9:7
./main.go:8:2:     from p := &x (assign) at ./main.go:9:4
./main.go:8:2:   flow: {storage for func literal} ← p:
./main.go:8:2:     from p (captured by a closure) at ./main.go:11:4
./main.go:8:2: moved to heap: x
./main.go:15:2: moved to heap: y
./main.go:17:2: moved to heap: z
./main.go:21:2: moved to heap: n
./main.go:10:5: func literal escapes to heap
./main.go:16:5: func literal escapes to heap
./main.go:20:2: func literal does not escape
./main.go:22:5: func literal escapes to heap
