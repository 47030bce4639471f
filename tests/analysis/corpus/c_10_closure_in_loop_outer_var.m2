./main.go:7:3: last capturing by ref: acc (addr=false assign=true width=8)
./main.go:8:7: func literal escapes to heap in last:
./main.go:8:7:   flow: f ← &{storage for func literal}:
./main.go:8:7:     from func literal (spill) at ./main.go:8:7
./main.go:8:7:     from f = func literal (assign) at ./main.go:8:5
./main.go:7:3: acc escapes to heap in last:
./main.go:7:3:   flow: {storage for func literal} ← &acc:
./main.go:7:3:     from acc (captured by a closure) at ./main.go:9:4
./main.go:7:3:     from acc (reference) at ./main.go:9:4
./main.go:4:11: xs does not escape
./main.go:7:3: moved to heap: acc
./main.go:8:7: func literal escapes to heap
./main.go:16:33: []int{...} does not escape
