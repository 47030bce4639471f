./main.go:6:7: w does not escape
./main.go:10:10: p does not escape
./main.go:14:2: func literal escapes to heap in main:
./main.go:14:2:   flow: {heap} ← &{storage for func literal}:
./main.go:14:2:     from func literal (spill) at ./main.go:14:2
./main.go:16:2: func literal escapes to heap in main:
./main.go:16:2:   flow: {heap} ← &{storage for func literal}:
./main.go:16:2:     from func literal (spill) at ./main.go:16:2
./main.go:18:2: func literal escapes to heap in main:
./main.go:18:2:   flow: {heap} ← &{storage for func literal}:
./main.go:18:2:     from func literal (spill) at ./main.go:18:2
./main.go:21:2: func literal escapes to heap in main:
./main.go:21:2:   flow: {heap} ← &{storage for func literal}:
./main.go:21:2:     from func literal (spill) at ./main.go:21:2
./main.go:23:2: func literal escapes to heap in main:
./main.go:23:2:   flow: {heap} ← &{storage for func literal}:
./main.go:23:2:     from func literal (spill) at ./main.go:23:2
./main.go:14:9: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:16:6: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:18:2: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:21:2: main capturing by value: .autotmp_8 (addr=false assign=false width=8)
./main.go:23:5: main capturing by value: .autotmp_10 (addr=false assign=false width=8)
./main.go:23:2: main capturing by ref: .autotmp_11 (addr=false assign=false width=160)
./main.go:23:2: .autotmp_11 escapes to heap in main:
./main.go:23:2:   flow: {storage for func literal} ← &.autotmp_11:
./main.go:23:2:     from .autotmp_11 (captured by a closure) at ./main.go:23:2
./main.go:23:2:     from .autotmp_11 (reference) at ./main.go:23:2
./main.go:23:5: func literal escapes to heap in main:
./main.go:23:5:   flow: .autotmp_10 ← &{storage for func literal}:
./main.go:23:5:     from func literal (spill) at ./main.go:23:5
./main.go:23:5:     from .autotmp_10, .autotmp_11 = func literal, c (assign-pair) at ./main.go:23:2
./main.go:23:5:   flow: {storage for func literal} ← .autotmp_10:
./main.go:23:5:     from .autotmp_10 (captured by a closure) at ./main.go:23:5
./main.go:19:2: b escapes to heap in main:
./main.go:19:2:   flow: pb ← &b:
./main.go:19:2:     from &b (address-of) at ./main.go:20:8
./main.go:19:2:     from pb := &b (assign) at ./main.go:20:5
./main.go:19:2:   flow: .autotmp_8 ← pb:
./main.go:19:2:     from .autotmp_8 = pb (assign-pair) at ./main.go:21:2
./main.go:19:2:   flow: {storage for func literal} ← .autotmp_8:
./main.go:19:2:     from .autotmp_8 (captured by a closure) at ./main.go:21:2
./main.go:15:6: w escapes to heap in main:
./main.go:15:6:   flow: .autotmp_3 ← &w:
./main.go:15:6:     from w (address-of) at ./main.go:16:6
./main.go:15:6:     from .autotmp_3 = w (assign-pair) at ./main.go:16:2
./main.go:15:6:   flow: {storage for func literal} ← .autotmp_3:
./main.go:15:6:     from .autotmp_3 (captured by a closure) at ./main.go:16:6
./main.go:13:2: a escapes to heap in main:
./main.go:13:2:   flow: .autotmp_1 ← &a:
./main.go:13:2:     from &a (address-of) at ./main.go:14:9
./main.go:13:2:     from .autotmp_1 = &a (assign-pair) at ./main.go:14:2
./main.go:13:2:   flow: {storage for func literal} ← .autotmp_1:
./main.go:13:2:     from .autotmp_1 (captured by a closure) at ./main.go:14:9
./main.go:13:2: moved to heap: a
./main.go:15:6: moved to heap: w
./main.go:19:2: moved to heap: b
./main.go:23:2: moved to heap: .autotmp_11
./main.go:23:5: func literal escapes to heap
