./main.go:6:3: v escapes to heap in check:
./main.go:6:3:   flow: {heap} ← &v:
./main.go:6:3:     from &v (address-of) at ./main.go:7:9
./main.go:6:3:     from &v (interface-converted) at ./main.go:7:9
./main.go:6:3:     from panic(&v) (call parameter) at ./main.go:7:8
./main.go:6:3: moved to heap: v
