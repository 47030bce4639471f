./main.go:4:11: p does not escape
./main.go:11:3: func literal escapes to heap in many:
./main.go:11:3:   flow: {heap} ← &{storage for func literal}:
./main.go:11:3:     from func literal (spill) at ./main.go:11:3
./main.go:12:3: func literal escapes to heap in many:
./main.go:12:3:   flow: {heap} ← &{storage for func literal}:
./main.go:12:3:     from func literal (spill) at ./main.go:12:3
./main.go:11:3: many capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:12:14: many capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:9:2: count escapes to heap in many:
./main.go:9:2:   flow: .autotmp_5 ← &count:
./main.go:9:2:     from &count (address-of) at ./main.go:12:14
./main.go:9:2:     from .autotmp_5 = &count (assign-pair) at ./main.go:12:3
./main.go:9:2:   flow: {storage for func literal} ← .autotmp_5:
./main.go:9:2:     from .autotmp_5 (captured by a closure) at ./main.go:12:14
./main.go:9:2: moved to heap: count
