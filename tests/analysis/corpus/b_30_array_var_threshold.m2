./main.go:11:6: a escapes to heap in tooBig:
./main.go:11:6:   flow: {heap} ← &a:
./main.go:11:6:     from a (too large for stack) at ./main.go:11:6
./main.go:11:6: moved to heap: a
