./main.go:4:12: f does not escape
./main.go:10:2: run capturing by ref: n (addr=false assign=true width=8)
./main.go:11:8: func literal does not escape
