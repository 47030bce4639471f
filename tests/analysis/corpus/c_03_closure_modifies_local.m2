./main.go:5:2: sum capturing by ref: total (addr=false assign=true width=8)
./main.go:4:10: xs does not escape
./main.go:6:9: func literal does not escape
./main.go:13:32: []int{...} does not escape
