./main.go:6:9: func literal escapes to heap in tally:
./main.go:6:9:   flow: {heap} ← &{storage for func literal}:
./main.go:6:9:     from func literal (spill) at ./main.go:6:9
./main.go:4:23: tally capturing by ref: total (addr=false assign=true width=8)
./main.go:4:23: total escapes to heap in tally:
./main.go:4:23:   flow: {storage for func literal} ← &total:
./main.go:4:23:     from total (captured by a closure) at ./main.go:6:18
./main.go:4:23:     from total (reference) at ./main.go:6:18
./main.go:5:9: tally capturing by value: x (addr=false assign=false width=8)
./main.go:4:12: xs does not escape
./main.go:4:23: moved to heap: total
./main.go:6:9: func literal escapes to heap
./main.go:11:34: []int{...} does not escape
