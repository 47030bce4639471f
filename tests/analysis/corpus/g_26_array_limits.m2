./main.go:11:6: a escapes to heap in big:
./main.go:11:6:   flow: {heap} ← &a:
./main.go:11:6:     from a (too large for stack) at ./main.go:11:6
./main.go:11:6: moved to heap: a
./main.go:17:2: x escapes to heap in bigLit:
./main.go:17:2:   flow: {heap} ← &x:
./main.go:17:2:     from x (too large for stack) at ./main.go:17:2
./main.go:17:2: moved to heap: x
