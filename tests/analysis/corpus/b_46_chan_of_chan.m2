./main.go:4:14: reqs does not escape
./main.go:11:2: x escapes to heap in serve:
./main.go:11:2:   flow: {heap} ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:13:7
./main.go:11:2:     from r <- &x (send) at ./main.go:13:4
./main.go:10:12: reqs does not escape
./main.go:11:2: moved to heap: x
./main.go:18:2: func literal escapes to heap in main:
./main.go:18:2:   flow: {heap} ← &{storage for func literal}:
./main.go:18:2:     from func literal (spill) at ./main.go:18:2
./main.go:18:2: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
