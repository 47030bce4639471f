./main.go:4:28: safe capturing by ref: v (addr=false assign=true width=8)
./main.go:4:11: s does not escape
./main.go:5:8: func literal does not escape
./main.go:13:29: []int{...} does not escape
