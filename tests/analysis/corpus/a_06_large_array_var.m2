./main.go:6:6: big escapes to heap in f:
./main.go:6:6:   flow: {heap} ← &big:
./main.go:6:6:     from big (too large for stack) at ./main.go:6:6
./main.go:6:6: moved to heap: big
