./main.go:8:6: i escapes to heap in main:
./main.go:8:6:   flow: {heap} ← &i:
./main.go:8:6:     from &i (address-of) at ./main.go:9:23
./main.go:8:6:     from append(keep, &i) (call parameter) at ./main.go:9:16
./main.go:17:19: func literal escapes to heap in main:
./main.go:17:19:   flow: {heap} ← &{storage for func literal}:
./main.go:17:19:     from func literal (spill) at ./main.go:17:19
./main.go:17:19:     from append(fs, func literal) (call parameter) at ./main.go:17:14
./main.go:20:3: x escapes to heap in main:
./main.go:20:3:   flow: {heap} ← &x:
./main.go:20:3:     from &x (address-of) at ./main.go:21:10
./main.go:20:3:     from sink = &x (assign) at ./main.go:21:8
./main.go:16:6: main capturing by value: j (addr=false assign=false width=8)
./main.go:8:6: moved to heap: i
./main.go:20:3: moved to heap: x
./main.go:9:16: append does not escape
./main.go:17:19: func literal escapes to heap
./main.go:17:14: append does not escape
