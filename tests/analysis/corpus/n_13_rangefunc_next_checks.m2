./main.go:4:11: yield does not escape
./main.go:14:2: a capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:13:2: a capturing by ref: n (addr=false assign=true width=8)
./main.go:14:2: func literal does not escape
./main.go:22:2: b capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:21:2: b capturing by ref: n (addr=false assign=true width=8)
b capturing by value: #next (addr=false assign=false width=8)
./main.go:23:3: b-range1 capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:21:2: b capturing by ref: n (addr=true assign=true width=8)
./main.go:22:6: b-range1 capturing by value: x (addr=false assign=false width=8)
./main.go:22:2: func literal does not escape
./main.go:23:3: func literal does not escape
./main.go:34:3: c capturing by ref: #state1 (addr=false assign=true width=8)
c capturing by ref: #next (addr=false assign=true width=8)
./main.go:31:2: c capturing by ref: n (addr=false assign=true width=8)
./main.go:34:3: func literal does not escape
./main.go:48:3: d capturing by ref: #state1 (addr=false assign=true width=8)
d capturing by ref: #next (addr=false assign=true width=8)
./main.go:45:2: d capturing by ref: n (addr=false assign=true width=8)
./main.go:48:3: func literal does not escape
./main.go:63:2: e capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:62:2: e capturing by ref: n (addr=false assign=true width=8)
e capturing by value: #next (addr=false assign=false width=8)
./main.go:64:3: e-range1 capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:62:2: e capturing by ref: n (addr=true assign=true width=8)
./main.go:63:6: e-range1 capturing by value: x (addr=false assign=false width=8)
./main.go:63:2: func literal does not escape
./main.go:64:3: func literal does not escape
