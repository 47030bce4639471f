./main.go:14:6: main capturing by value: s (addr=false assign=false width=128)
./main.go:15:6: main capturing by ref: s2 (addr=false assign=false width=136)
./main.go:16:6: main capturing by ref: big (addr=false assign=false width=160000)
./main.go:14:6: main capturing by value: s (addr=false assign=false width=128)
./main.go:16:6: big escapes to heap in main:
./main.go:16:6:   flow: {heap} ← &big:
./main.go:16:6:     from big (too large for stack) at ./main.go:16:6
./main.go:16:6: moved to heap: big
./main.go:17:7: func literal does not escape
./main.go:18:7: func literal does not escape
./main.go:19:7: func literal does not escape
