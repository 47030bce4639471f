./main.go:8:9: func literal escapes to heap in install:
./main.go:8:9:   flow: {heap} ← &{storage for func literal}:
./main.go:8:9:     from func literal (spill) at ./main.go:8:9
./main.go:8:9:     from hook = func literal (assign) at ./main.go:8:7
./main.go:7:2: install capturing by ref: state (addr=false assign=true width=8)
./main.go:7:2: state escapes to heap in install:
./main.go:7:2:   flow: {storage for func literal} ← &state:
./main.go:7:2:     from state (captured by a closure) at ./main.go:9:3
./main.go:7:2:     from state (reference) at ./main.go:9:3
./main.go:7:2: moved to heap: state
./main.go:8:9: func literal escapes to heap
