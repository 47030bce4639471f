./main.go:9:13: any(n) escapes to heap in box:
./main.go:9:13:   flow: ~r0 ← &{storage for any(n)}:
./main.go:9:13:     from any(n) (spill) at ./main.go:9:13
./main.go:9:13:     from return any(n) (return) at ./main.go:9:2
./main.go:8:17: s does not escape
./main.go:9:13: any(n) escapes to heap
./main.go:16:13: any(n) escapes to heap in main:
./main.go:16:13:   flow: {heap} ← &{storage for any(n)}:
./main.go:16:13:     from any(n) (spill) at ./main.go:16:13
./main.go:16:13:     from sink = any(n) (assign) at ./main.go:16:7
./main.go:17:13: any(s) escapes to heap in main:
./main.go:17:13:   flow: {heap} ← &{storage for any(s)}:
./main.go:17:13:     from any(s) (spill) at ./main.go:17:13
./main.go:17:13:     from sink = any(s) (assign) at ./main.go:17:7
./main.go:16:13: any(3) escapes to heap
./main.go:17:13: any("hi") escapes to heap
./main.go:18:15: any(p) does not escape
./main.go:20:12: any(P{...}) does not escape
