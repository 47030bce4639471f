./main.go:10:2: main capturing by ref: n (addr=false assign=true width=8)
./main.go:11:2: func literal does not escape
