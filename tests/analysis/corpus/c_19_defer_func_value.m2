./main.go:9:13: p does not escape
./main.go:5:2: cleanup capturing by ref: x (addr=false assign=true width=8)
./main.go:9:8: cleanup capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:9:32: cleanup capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:6:10: func literal does not escape
./main.go:9:8: func literal does not escape
