./main.go:4:10: yield does not escape
./main.go:14:6: w escapes to heap in main-range2:
./main.go:14:6:   flow: {heap} ← &w:
./main.go:14:6:     from &w (address-of) at ./main.go:15:19
./main.go:14:6:     from append(ps, &w) (call parameter) at ./main.go:15:14
./main.go:10:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:9:6: main capturing by ref: last (addr=false assign=true width=8)
./main.go:14:2: main capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:13:6: main capturing by ref: ps (addr=false assign=true width=24)
./main.go:15:14: append(ps, &w) escapes to heap in main-range2:
./main.go:15:14:   flow: ps ← &{storage for append(ps, &w)}:
./main.go:15:14:     from append(ps, &w) (spill) at ./main.go:15:14
./main.go:15:14:     from ps = append(ps, &w) (assign) at ./main.go:15:6
./main.go:15:14:   flow: {storage for func literal} ← &ps:
./main.go:15:14:     from ps (captured by a closure) at ./main.go:15:3
./main.go:15:14:     from ps (reference) at ./main.go:15:3
./main.go:10:6: v escapes to heap in main-range1:
./main.go:10:6:   flow: last ← &v:
./main.go:10:6:     from &v (address-of) at ./main.go:11:10
./main.go:10:6:     from last = &v (assign) at ./main.go:11:8
./main.go:10:6:   flow: {storage for func literal} ← &last:
./main.go:10:6:     from last (captured by a closure) at ./main.go:11:3
./main.go:10:6:     from last (reference) at ./main.go:11:3
./main.go:10:6: parameter v leaks to {storage for func literal} for main-range1 with derefs=0:
./main.go:10:6:   flow: last ← &v:
./main.go:10:6:     from &v (address-of) at ./main.go:11:10
./main.go:10:6:     from last = &v (assign) at ./main.go:11:8
./main.go:10:6:   flow: {storage for func literal} ← &last:
./main.go:10:6:     from last (captured by a closure) at ./main.go:11:3
./main.go:10:6:     from last (reference) at ./main.go:11:3
./main.go:10:6: moved to heap: v
./main.go:14:6: moved to heap: w
./main.go:10:2: func literal does not escape
./main.go:14:2: func literal does not escape
./main.go:15:14: append escapes to heap
