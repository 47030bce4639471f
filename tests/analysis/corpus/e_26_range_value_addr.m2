./main.go:17:9: v escapes to heap in main:
./main.go:17:9:   flow: {heap} ← &v:
./main.go:17:9:     from &v (address-of) at ./main.go:18:10
./main.go:17:9:     from sink = &v (assign) at ./main.go:18:8
./main.go:9:9: v escapes to heap in main:
./main.go:9:9:   flow: keep ← &v:
./main.go:9:9:     from &v (address-of) at ./main.go:10:10
./main.go:9:9:     from keep = &v (assign) at ./main.go:10:8
./main.go:9:9: moved to heap: v
./main.go:17:9: moved to heap: v
