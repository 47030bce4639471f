./main.go:6:7: t does not escape
./main.go:6:15: q does not escape
./main.go:8:10: t does not escape
./main.go:9:11: xs does not escape
./main.go:17:10: a does not escape
./main.go:13:2: func literal escapes to heap in main:
./main.go:13:2:   flow: {heap} ← &{storage for func literal}:
./main.go:13:2:     from func literal (spill) at ./main.go:13:2
./main.go:14:2: func literal escapes to heap in main:
./main.go:14:2:   flow: {heap} ← &{storage for func literal}:
./main.go:14:2:     from func literal (spill) at ./main.go:14:2
./main.go:16:2: func literal escapes to heap in main:
./main.go:16:2:   flow: {heap} ← &{storage for func literal}:
./main.go:16:2:     from func literal (spill) at ./main.go:16:2
./main.go:17:2: func literal escapes to heap in main:
./main.go:17:2:   flow: {heap} ← &{storage for func literal}:
./main.go:17:2:     from func literal (spill) at ./main.go:17:2
./main.go:18:5: func literal escapes to heap in main:
./main.go:18:5:   flow: {heap} ← &{storage for func literal}:
./main.go:18:5:     from func literal (spill) at ./main.go:18:5
./main.go:20:2: func literal escapes to heap in main:
./main.go:20:2:   flow: {heap} ← &{storage for func literal}:
./main.go:20:2:     from func literal (spill) at ./main.go:20:2
./main.go:21:2: func literal escapes to heap in main:
./main.go:21:2:   flow: {heap} ← &{storage for func literal}:
./main.go:21:2:     from func literal (spill) at ./main.go:21:2
./main.go:13:14: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:14:17: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:16:2: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
./main.go:16:9: main capturing by value: .autotmp_8 (addr=false assign=false width=8)
./main.go:17:5: main capturing by value: .autotmp_9 (addr=false assign=false width=8)
./main.go:17:34: main capturing by value: .autotmp_10 (addr=false assign=false width=8)
./main.go:20:16: main capturing by value: .autotmp_12 (addr=false assign=false width=8)
./main.go:21:6: main capturing by value: .autotmp_13 (addr=false assign=false width=8)
./main.go:21:6: &T{} escapes to heap in main:
./main.go:21:6:   flow: .autotmp_13 ← &{storage for &T{}}:
./main.go:21:6:     from &T{} (spill) at ./main.go:21:6
./main.go:21:6:     from .autotmp_13 = &T{} (assign-pair) at ./main.go:21:2
./main.go:21:6:   flow: {storage for func literal} ← .autotmp_13:
./main.go:21:6:     from .autotmp_13 (captured by a closure) at ./main.go:21:6
./main.go:17:5: func literal escapes to heap in main:
./main.go:17:5:   flow: .autotmp_9 ← &{storage for func literal}:
./main.go:17:5:     from func literal (spill) at ./main.go:17:5
./main.go:17:5:     from .autotmp_9, .autotmp_10 = func literal, &w (assign-pair) at ./main.go:17:2
./main.go:17:5:   flow: {storage for func literal} ← .autotmp_9:
./main.go:17:5:     from .autotmp_9 (captured by a closure) at ./main.go:17:5
./main.go:12:11: w escapes to heap in main:
./main.go:12:11:   flow: .autotmp_10 ← &w:
./main.go:12:11:     from &w (address-of) at ./main.go:17:34
./main.go:12:11:     from .autotmp_9, .autotmp_10 = func literal, &w (assign-pair) at ./main.go:17:2
./main.go:12:11:   flow: {storage for func literal} ← .autotmp_10:
./main.go:12:11:     from .autotmp_10 (captured by a closure) at ./main.go:17:34
./main.go:12:8: z escapes to heap in main:
./main.go:12:8:   flow: .autotmp_8 ← &z:
./main.go:12:8:     from &z (address-of) at ./main.go:16:9
./main.go:12:8:     from .autotmp_7, .autotmp_8 = t, &z (assign-pair) at ./main.go:16:2
./main.go:12:8:   flow: {storage for func literal} ← .autotmp_8:
./main.go:12:8:     from .autotmp_8 (captured by a closure) at ./main.go:16:9
./main.go:15:7: &T{} escapes to heap in main:
./main.go:15:7:   flow: t ← &{storage for &T{}}:
./main.go:15:7:     from &T{} (spill) at ./main.go:15:7
./main.go:15:7:     from t := &T{} (assign) at ./main.go:15:4
./main.go:15:7:   flow: .autotmp_7 ← t:
./main.go:15:7:     from .autotmp_7, .autotmp_8 = t, &z (assign-pair) at ./main.go:16:2
./main.go:15:7:   flow: {storage for func literal} ← .autotmp_7:
./main.go:15:7:     from .autotmp_7 (captured by a closure) at ./main.go:16:2
./main.go:12:5: y escapes to heap in main:
./main.go:12:5:   flow: .autotmp_5 ← &y:
./main.go:12:5:     from &y (address-of) at ./main.go:14:17
./main.go:12:5:     from .autotmp_5 = &y (assign-pair) at ./main.go:14:2
./main.go:12:5:   flow: {storage for func literal} ← .autotmp_5:
./main.go:12:5:     from .autotmp_5 (captured by a closure) at ./main.go:14:17
./main.go:12:2: x escapes to heap in main:
./main.go:12:2:   flow: .autotmp_4 ← &x:
./main.go:12:2:     from &x (address-of) at ./main.go:13:14
./main.go:12:2:     from .autotmp_4 = &x (assign-pair) at ./main.go:13:2
./main.go:12:2:   flow: {storage for func literal} ← .autotmp_4:
./main.go:12:2:     from .autotmp_4 (captured by a closure) at ./main.go:13:14
./main.go:12:2: moved to heap: x
./main.go:12:5: moved to heap: y
./main.go:12:8: moved to heap: z
./main.go:12:11: moved to heap: w
./main.go:14:16: []*int{...} does not escape
./main.go:15:7: &T{} escapes to heap
./main.go:17:5: func literal escapes to heap
./main.go:18:5: func literal escapes to heap
./main.go:19:12: []int{...} does not escape
./main.go:21:6: &T{} escapes to heap
