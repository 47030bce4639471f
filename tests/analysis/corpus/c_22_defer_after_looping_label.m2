./main.go:4:12: p does not escape
./main.go:11:2: func literal escapes to heap in retry:
./main.go:11:2:   flow: {heap} ← &{storage for func literal}:
./main.go:11:2:     from func literal (spill) at ./main.go:11:2
./main.go:8:14: retry capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:11:14: retry capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:10:2: b escapes to heap in retry:
./main.go:10:2:   flow: .autotmp_4 ← &b:
./main.go:10:2:     from &b (address-of) at ./main.go:11:14
./main.go:10:2:     from .autotmp_4 = &b (assign-pair) at ./main.go:11:2
./main.go:10:2:   flow: {storage for func literal} ← .autotmp_4:
./main.go:10:2:     from .autotmp_4 (captured by a closure) at ./main.go:11:14
./main.go:10:2: moved to heap: b
