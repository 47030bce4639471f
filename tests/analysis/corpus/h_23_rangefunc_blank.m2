./main.go:4:12: yield does not escape
./main.go:10:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:9:2: main capturing by ref: n (addr=false assign=true width=8)
./main.go:13:2: main capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:10:2: func literal does not escape
./main.go:13:2: func literal does not escape
