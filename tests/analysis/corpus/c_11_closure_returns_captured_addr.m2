./main.go:7:6: stash capturing by ref: w (addr=true assign=false width=8)
./main.go:7:6: w escapes to heap in stash:
./main.go:7:6:   flow: ~r0 ← &w:
./main.go:7:6:     from &w (address-of) at ./main.go:8:30
./main.go:7:6:     from return &w (return) at ./main.go:8:23
./main.go:7:6:   flow: {heap} ← ~r0:
./main.go:7:6:     from sink = get() (assign) at ./main.go:9:7
./main.go:7:6: moved to heap: w
./main.go:8:9: func literal does not escape
./main.go:14:3: z escapes to heap in fresh.func1:
./main.go:14:3:   flow: ~r0 ← &z:
./main.go:14:3:     from &z (address-of) at ./main.go:15:10
./main.go:14:3:     from return &z (return) at ./main.go:15:3
./main.go:14:3: moved to heap: z
./main.go:13:9: func literal does not escape
