./main.go:6:7: w does not escape
./main.go:10:2: func literal escapes to heap in launch:
./main.go:10:2:   flow: {heap} ← &{storage for func literal}:
./main.go:10:2:     from func literal (spill) at ./main.go:10:2
./main.go:10:6: launch capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:9:6: w escapes to heap in launch:
./main.go:9:6:   flow: .autotmp_1 ← &w:
./main.go:9:6:     from w (address-of) at ./main.go:10:6
./main.go:9:6:     from .autotmp_1 = w (assign-pair) at ./main.go:10:2
./main.go:9:6:   flow: {storage for func literal} ← .autotmp_1:
./main.go:9:6:     from .autotmp_1 (captured by a closure) at ./main.go:10:6
./main.go:9:6: moved to heap: w
