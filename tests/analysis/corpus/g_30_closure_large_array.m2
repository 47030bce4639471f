./main.go:13:10: func literal escapes to heap in main:
./main.go:13:10:   flow: {heap} ← &{storage for func literal}:
./main.go:13:10:     from func literal (spill) at ./main.go:13:10
./main.go:13:10:     from sinkF = func literal (assign) at ./main.go:13:8
./main.go:15:10: func literal escapes to heap in main:
./main.go:15:10:   flow: {heap} ← &{storage for func literal}:
./main.go:15:10:     from func literal (spill) at ./main.go:15:10
./main.go:15:10:     from sinkF = func literal (assign) at ./main.go:15:8
./main.go:7:6: main capturing by value: a (addr=false assign=false width=128)
./main.go:9:6: main capturing by ref: b (addr=false assign=false width=136)
./main.go:12:6: main capturing by ref: c (addr=false assign=false width=136)
./main.go:12:6: c escapes to heap in main:
./main.go:12:6:   flow: {storage for func literal} ← &c:
./main.go:12:6:     from c (captured by a closure) at ./main.go:13:32
./main.go:12:6:     from c (reference) at ./main.go:13:32
./main.go:14:6: main capturing by value: d (addr=false assign=false width=128)
./main.go:16:6: main capturing by ref: e (addr=false assign=false width=65544)
./main.go:12:6: moved to heap: c
./main.go:8:7: func literal does not escape
./main.go:10:7: func literal does not escape
./main.go:13:10: func literal escapes to heap
./main.go:15:10: func literal escapes to heap
./main.go:17:7: func literal does not escape
