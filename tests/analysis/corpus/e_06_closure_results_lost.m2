./main.go:6:12: f does not escape
./main.go:8:10: f does not escape
./main.go:11:2: main capturing by ref: x (addr=true assign=false width=8)
./main.go:14:2: main capturing by ref: y (addr=true assign=false width=8)
./main.go:16:2: main capturing by ref: z (addr=true assign=false width=8)
./main.go:18:2: main capturing by ref: w (addr=true assign=false width=8)
./main.go:20:2: main capturing by ref: v (addr=true assign=false width=8)
./main.go:18:2: w escapes to heap in main:
./main.go:18:2:   flow: ~r0 ← &w:
./main.go:18:2:     from &w (address-of) at ./main.go:19:28
./main.go:18:2:     from return &w (return) at ./main.go:19:21
./main.go:18:2:   flow: {heap} ← ~r0:
./main.go:18:2:     from gp = (func literal)() (assign) at ./main.go:19:5
./main.go:11:2: x escapes to heap in main:
./main.go:11:2:   flow: ~r0 ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:12:28
./main.go:11:2:     from return &x (return) at ./main.go:12:21
./main.go:11:2: moved to heap: x
./main.go:18:2: moved to heap: w
./main.go:12:7: func literal does not escape
./main.go:15:7: func literal does not escape
./main.go:17:6: func literal does not escape
./main.go:19:7: func literal does not escape
./main.go:21:7: func literal does not escape
