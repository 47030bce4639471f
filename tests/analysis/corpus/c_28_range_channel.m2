./main.go:6:12: ch does not escape
./main.go:14:2: v escapes to heap in main:
./main.go:14:2:   flow: {heap} ← &v:
./main.go:14:2:     from &v (address-of) at ./main.go:15:8
./main.go:14:2:     from ch <- &v (send) at ./main.go:15:5
./main.go:14:2: moved to heap: v
