./main.go:8:2: y escapes to heap in outer:
./main.go:8:2:   flow: {heap} ← &y:
./main.go:8:2:     from &y (address-of) at ./main.go:13:12
./main.go:8:2:     from sink = &y (assign) at ./main.go:13:10
./main.go:7:2: outer capturing by ref: x (addr=false assign=true width=8)
./main.go:8:2: outer capturing by ref: y (addr=true assign=false width=8)
./main.go:7:2: outer capturing by ref: x (addr=true assign=true width=8)
./main.go:8:2: outer capturing by ref: y (addr=true assign=false width=8)
./main.go:7:2: outer capturing by ref: x (addr=true assign=true width=8)
./main.go:8:2: outer capturing by ref: y (addr=true assign=false width=8)
./main.go:8:2: moved to heap: y
./main.go:9:7: func literal does not escape
./main.go:10:8: func literal does not escape
./main.go:11:9: func literal does not escape
./main.go:24:2: retDeep capturing by ref: v (addr=true assign=false width=8)
./main.go:24:2: retDeep capturing by ref: v (addr=true assign=false width=8)
./main.go:26:10: func literal escapes to heap in retDeep.func1:
./main.go:26:10:   flow: ~r0 ← &{storage for func literal}:
./main.go:26:10:     from func literal (spill) at ./main.go:26:10
./main.go:26:10:     from return func literal (return) at ./main.go:26:3
./main.go:24:2: v escapes to heap in retDeep:
./main.go:24:2:   flow: {storage for func literal} ← &v:
./main.go:24:2:     from v (captured by a closure) at ./main.go:27:12
./main.go:24:2:     from v (reference) at ./main.go:27:12
./main.go:25:9: func literal escapes to heap in retDeep:
./main.go:25:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:25:9:     from func literal (spill) at ./main.go:25:9
./main.go:25:9:     from return func literal (return) at ./main.go:25:2
./main.go:24:2: moved to heap: v
./main.go:25:9: func literal escapes to heap
./main.go:26:10: func literal escapes to heap
