./main.go:4:12: f does not escape
./main.go:7:2: main capturing by value: k (addr=false assign=false width=8)
./main.go:9:2: main capturing by ref: total (addr=false assign=true width=8)
./main.go:8:16: func literal does not escape
./main.go:10:16: func literal does not escape
