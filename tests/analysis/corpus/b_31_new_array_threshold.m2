./main.go:5:10: new([65536]byte) does not escape
./main.go:10:10: new([65537]byte) escapes to heap in tooBig:
./main.go:10:10:   flow: {heap} ← &{storage for new([65537]byte)}:
./main.go:10:10:     from new([65537]byte) (too large for stack) at ./main.go:10:10
./main.go:10:10: new([65537]byte) escapes to heap
