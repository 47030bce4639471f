./main.go:11:4: c escapes to heap in firstPositive:
./main.go:11:4:   flow: found ← &c:
./main.go:11:4:     from &c (address-of) at ./main.go:15:12
./main.go:11:4:     from found = &c (assign) at ./main.go:15:10
./main.go:11:4: moved to heap: c
