./main.go:17:2: func literal escapes to heap in run:
./main.go:17:2:   flow: {heap} ← &{storage for func literal}:
./main.go:17:2:     from func literal (spill) at ./main.go:17:2
./main.go:15:15: run capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:17:12: run capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:19:7: func literal does not escape
