./main.go:7:5: func literal escapes to heap in main:
./main.go:7:5:   flow: {heap} ← &{storage for func literal}:
./main.go:7:5:     from func literal (spill) at ./main.go:7:5
./main.go:6:2: main capturing by ref: count (addr=false assign=true width=8)
./main.go:6:2: count escapes to heap in main:
./main.go:6:2:   flow: {storage for func literal} ← &count:
./main.go:6:2:     from count (captured by a closure) at ./main.go:8:3
./main.go:6:2:     from count (reference) at ./main.go:8:3
./main.go:5:2: main capturing by value: done (addr=false assign=false width=8)
./main.go:6:2: moved to heap: count
./main.go:7:5: func literal escapes to heap
