./main.go:4:11: yield does not escape
./main.go:16:3: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:15:6: main capturing by value: j (addr=false assign=false width=8)
main capturing by ref: #next (addr=false assign=true width=8)
./main.go:13:2: main capturing by ref: evens (addr=false assign=true width=8)
./main.go:16:3: func literal does not escape
