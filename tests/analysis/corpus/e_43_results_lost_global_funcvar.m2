./main.go:10:7: func literal escapes to heap in main:
./main.go:10:7:   flow: {heap} ← &{storage for func literal}:
./main.go:10:7:     from func literal (spill) at ./main.go:10:7
./main.go:10:7:     from gf = func literal (assign) at ./main.go:10:5
./main.go:12:20: func literal escapes to heap in main:
./main.go:12:20:   flow: {heap} ← &{storage for func literal}:
./main.go:12:20:     from func literal (spill) at ./main.go:12:20
./main.go:12:20:     from append(gfs, func literal) (call parameter) at ./main.go:12:14
./main.go:12:14: append(gfs, func literal) escapes to heap in main:
./main.go:12:14:   flow: {heap} ← &{storage for append(gfs, func literal)}:
./main.go:12:14:     from append(gfs, func literal) (spill) at ./main.go:12:14
./main.go:12:14:     from gfs = append(gfs, func literal) (assign) at ./main.go:12:6
./main.go:9:2: main capturing by ref: x (addr=true assign=false width=8)
./main.go:9:2: x escapes to heap in main:
./main.go:9:2:   flow: {storage for func literal} ← &x:
./main.go:9:2:     from x (captured by a closure) at ./main.go:10:29
./main.go:9:2:     from x (reference) at ./main.go:10:29
./main.go:11:2: main capturing by ref: y (addr=true assign=false width=8)
./main.go:11:2: y escapes to heap in main:
./main.go:11:2:   flow: {storage for func literal} ← &y:
./main.go:11:2:     from y (captured by a closure) at ./main.go:12:42
./main.go:11:2:     from y (reference) at ./main.go:12:42
./main.go:13:2: main capturing by ref: z (addr=true assign=false width=8)
./main.go:9:2: moved to heap: x
./main.go:11:2: moved to heap: y
./main.go:10:7: func literal escapes to heap
./main.go:12:20: func literal escapes to heap
./main.go:12:14: append escapes to heap
./main.go:14:7: func literal does not escape
