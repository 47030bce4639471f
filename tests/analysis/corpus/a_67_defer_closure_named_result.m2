./main.go:4:16: double capturing by ref: n (addr=false assign=true width=8)
./main.go:5:8: func literal does not escape
