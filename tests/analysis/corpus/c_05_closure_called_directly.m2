./main.go:7:5: b escapes to heap in direct:
./main.go:7:5:   flow: {heap} ← &b:
./main.go:7:5:     from &b (address-of) at ./main.go:9:18
./main.go:7:5:     from sink = &b (assign) at ./main.go:9:16
./main.go:7:2: direct capturing by value: a (addr=false assign=false width=8)
./main.go:7:5: direct capturing by ref: b (addr=true assign=false width=8)
./main.go:7:5: direct capturing by ref: b (addr=true assign=false width=8)
./main.go:7:5: moved to heap: b
./main.go:8:7: func literal does not escape
./main.go:9:2: func literal does not escape
