./main.go:8:2: x escapes to heap in viaPointer:
./main.go:8:2:   flow: {heap} ← &x:
./main.go:8:2:     from &x (address-of) at ./main.go:10:9
./main.go:8:2:     from pt.p = &x (assign) at ./main.go:10:7
./main.go:8:2: moved to heap: x
