./main.go:7:2: sum capturing by ref: total (addr=false assign=true width=8)
./main.go:8:6: sum capturing by value: i (addr=false assign=false width=8)
./main.go:9:10: func literal does not escape
./main.go:17:6: last capturing by value: i (addr=false assign=false width=8)
./main.go:18:7: func literal escapes to heap in last:
./main.go:18:7:   flow: f ← &{storage for func literal}:
./main.go:18:7:     from func literal (spill) at ./main.go:18:7
./main.go:18:7:     from f = func literal (assign) at ./main.go:18:5
./main.go:18:7: func literal escapes to heap
./main.go:25:11: func literal escapes to heap in main:
./main.go:25:11:   flow: {heap} ← &{storage for func literal}:
./main.go:25:11:     from func literal (spill) at ./main.go:25:11
./main.go:25:11:     from sinkF = func literal (assign) at ./main.go:25:9
./main.go:24:6: main capturing by value: k (addr=false assign=false width=8)
./main.go:25:11: func literal escapes to heap
