./main.go:4:10: yield does not escape
./main.go:15:19: func literal escapes to heap in main-range1:
./main.go:15:19:   flow: {heap} ← &{storage for func literal}:
./main.go:15:19:     from func literal (spill) at ./main.go:15:19
./main.go:15:19:     from append(fs, func literal) (call parameter) at ./main.go:15:14
./main.go:14:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:13:6: main capturing by ref: fs (addr=false assign=true width=24)
./main.go:14:6: main-range1 capturing by value: x (addr=false assign=false width=8)
./main.go:14:6: parameter x leaks to {storage for func literal} for main-range1 with derefs=0:
./main.go:14:6:   flow: {storage for func literal} ← x:
./main.go:14:6:     from x (captured by a closure) at ./main.go:15:39
./main.go:15:14: append(fs, func literal) escapes to heap in main-range1:
./main.go:15:14:   flow: fs ← &{storage for append(fs, func literal)}:
./main.go:15:14:     from append(fs, func literal) (spill) at ./main.go:15:14
./main.go:15:14:     from fs = append(fs, func literal) (assign) at ./main.go:15:6
./main.go:15:14:   flow: {storage for func literal} ← &fs:
./main.go:15:14:     from fs (captured by a closure) at ./main.go:15:3
./main.go:15:14:     from fs (reference) at ./main.go:15:3
./main.go:14:2: func literal does not escape
./main.go:15:19: func literal escapes to heap
./main.go:15:14: append escapes to heap
