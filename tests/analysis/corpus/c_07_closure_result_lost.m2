./main.go:4:11: f does not escape
./main.go:7:2: viaCall capturing by ref: v (addr=true assign=false width=8)
./main.go:7:2: v escapes to heap in viaCall:
./main.go:7:2:   flow: ~r0 ← &v:
./main.go:7:2:     from &v (address-of) at ./main.go:8:36
./main.go:7:2:     from return &v (return) at ./main.go:8:29
./main.go:7:2: moved to heap: v
./main.go:8:15: func literal does not escape
./main.go:12:2: direct capturing by ref: w (addr=true assign=false width=8)
./main.go:13:7: func literal does not escape
