./main.go:7:19: func literal escapes to heap in main:
./main.go:7:19:   flow: {heap} ← &{storage for func literal}:
./main.go:7:19:     from func literal (spill) at ./main.go:7:19
./main.go:7:19:     from append(fs, func literal) (call parameter) at ./main.go:7:14
./main.go:10:6: j escapes to heap in main:
./main.go:10:6:   flow: {heap} ← &j:
./main.go:10:6:     from &j (address-of) at ./main.go:11:19
./main.go:10:6:     from append(ps, &j) (call parameter) at ./main.go:11:14
./main.go:19:19: func literal escapes to heap in main:
./main.go:19:19:   flow: {heap} ← &{storage for func literal}:
./main.go:19:19:     from func literal (spill) at ./main.go:19:19
./main.go:19:19:     from append(gs, func literal) (call parameter) at ./main.go:19:14
./main.go:6:6: main capturing by value: i (addr=false assign=false width=8)
./main.go:13:6: main capturing by ref: k (addr=false assign=true width=8)
./main.go:18:9: main capturing by ref: v (addr=true assign=false width=8)
./main.go:18:9: v escapes to heap in main:
./main.go:18:9:   flow: {storage for func literal} ← &v:
./main.go:18:9:     from v (captured by a closure) at ./main.go:19:41
./main.go:18:9:     from v (reference) at ./main.go:19:41
./main.go:10:6: moved to heap: j
./main.go:18:9: moved to heap: v
./main.go:7:19: func literal escapes to heap
./main.go:7:14: append does not escape
./main.go:11:14: append does not escape
./main.go:14:10: func literal does not escape
./main.go:18:25: []int{...} does not escape
./main.go:19:19: func literal escapes to heap
./main.go:19:14: append does not escape
