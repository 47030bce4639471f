./main.go:6:7: j does not escape
./main.go:11:2: func literal escapes to heap in launch:
./main.go:11:2:   flow: {heap} ← &{storage for func literal}:
./main.go:11:2:     from func literal (spill) at ./main.go:11:2
./main.go:11:2: launch capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:9:2: r escapes to heap in launch:
./main.go:9:2:   flow: j ← &r:
./main.go:9:2:     from &r (address-of) at ./main.go:10:16
./main.go:9:2:     from job{...} (struct literal element) at ./main.go:10:10
./main.go:9:2:     from j := job{...} (assign) at ./main.go:10:4
./main.go:9:2:   flow: .autotmp_2 ← j:
./main.go:9:2:     from .autotmp_2 = j (assign-pair) at ./main.go:11:2
./main.go:9:2:   flow: {storage for func literal} ← .autotmp_2:
./main.go:9:2:     from .autotmp_2 (captured by a closure) at ./main.go:11:2
./main.go:9:2: moved to heap: r
