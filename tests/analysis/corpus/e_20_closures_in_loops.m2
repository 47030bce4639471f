./main.go:10:19: func literal escapes to heap in main:
./main.go:10:19:   flow: {heap} ← &{storage for func literal}:
./main.go:10:19:     from func literal (spill) at ./main.go:10:19
./main.go:10:19:     from append(fs, func literal) (call parameter) at ./main.go:10:14
./main.go:10:14: append(fs, func literal) escapes to heap in main:
./main.go:10:14:   flow: {heap} ← &{storage for append(fs, func literal)}:
./main.go:10:14:     from append(fs, func literal) (spill) at ./main.go:10:14
./main.go:10:14:     from fs = append(fs, func literal) (assign) at ./main.go:10:6
./main.go:9:3: main capturing by value: v (addr=false assign=false width=8)
./main.go:7:2: main capturing by ref: total (addr=false assign=true width=8)
./main.go:7:2: total escapes to heap in main:
./main.go:7:2:   flow: {storage for func literal} ← &total:
./main.go:7:2:     from total (captured by a closure) at ./main.go:10:43
./main.go:7:2:     from total (reference) at ./main.go:10:43
./main.go:7:2: main capturing by ref: total (addr=true assign=true width=8)
./main.go:12:6: main capturing by value: i (addr=false assign=false width=8)
./main.go:17:3: main capturing by value: w (addr=false assign=false width=8)
./main.go:20:2: main capturing by value: outer (addr=false assign=false width=8)
./main.go:21:6: main capturing by value: i (addr=false assign=false width=8)
./main.go:18:10: func literal escapes to heap in main:
./main.go:18:10:   flow: last ← &{storage for func literal}:
./main.go:18:10:     from func literal (spill) at ./main.go:18:10
./main.go:18:10:     from last = func literal (assign) at ./main.go:18:8
./main.go:7:2: moved to heap: total
./main.go:10:19: func literal escapes to heap
./main.go:10:14: append escapes to heap
./main.go:13:3: func literal does not escape
./main.go:18:10: func literal escapes to heap
./main.go:22:8: func literal does not escape
