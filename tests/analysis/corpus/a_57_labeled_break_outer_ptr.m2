./main.go:9:4: v escapes to heap in firstBig:
./main.go:9:4:   flow: p ← &v:
./main.go:9:4:     from &v (address-of) at ./main.go:11:9
./main.go:9:4:     from p = &v (assign) at ./main.go:11:7
./main.go:9:4: moved to heap: v
