./main.go:5:2: x escapes to heap in pump:
./main.go:5:2:   flow: {heap} ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:7:14
./main.go:5:2:     from out <- &x (send) at ./main.go:7:11
./main.go:4:11: in does not escape
./main.go:4:27: out does not escape
./main.go:4:44: done does not escape
./main.go:5:2: moved to heap: x
