./main.go:6:3: v escapes to heap in produce:
./main.go:6:3:   flow: {heap} ← &v:
./main.go:6:3:     from &v (address-of) at ./main.go:7:9
./main.go:6:3:     from ch <- &v (send) at ./main.go:7:6
./main.go:4:14: ch does not escape
./main.go:6:3: moved to heap: v
