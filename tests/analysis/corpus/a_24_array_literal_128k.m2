./main.go:6:2: b escapes to heap in f:
./main.go:6:2:   flow: {heap} ← &b:
./main.go:6:2:     from b (too large for stack) at ./main.go:6:2
./main.go:6:2: moved to heap: b
