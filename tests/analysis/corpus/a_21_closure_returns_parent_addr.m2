./main.go:5:6: main capturing by ref: u (addr=true assign=false width=8)
./main.go:6:8: func literal does not escape
