./main.go:6:16: fs does not escape
./main.go:8:16: h does not escape
./main.go:11:2: main capturing by ref: x (addr=true assign=false width=8)
./main.go:13:2: main capturing by ref: y (addr=true assign=false width=8)
./main.go:13:2: y escapes to heap in main:
./main.go:13:2:   flow: ~r0 ← &y:
./main.go:13:2:     from &y (address-of) at ./main.go:14:38
./main.go:13:2:     from return &y (return) at ./main.go:14:31
./main.go:11:2: x escapes to heap in main:
./main.go:11:2:   flow: ~r0 ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:12:52
./main.go:11:2:     from return &x (return) at ./main.go:12:45
./main.go:11:2: moved to heap: x
./main.go:13:2: moved to heap: y
./main.go:12:30: []func() *int{...} does not escape
./main.go:12:31: func literal does not escape
./main.go:14:17: func literal does not escape
