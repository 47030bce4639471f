./main.go:10:10: new([65537]byte) escapes to heap in main:
./main.go:10:10:   flow: {heap} ← &{storage for new([65537]byte)}:
./main.go:10:10:     from new([65537]byte) (too large for stack) at ./main.go:10:10
./main.go:11:7: &Big{} escapes to heap in main:
./main.go:11:7:   flow: {heap} ← &{storage for &Big{}}:
./main.go:11:7:     from &Big{} (too large for stack) at ./main.go:11:7
./main.go:14:10: new([8193]int64) escapes to heap in main:
./main.go:14:10:   flow: {heap} ← &{storage for new([8193]int64)}:
./main.go:14:10:     from new([8193]int64) (too large for stack) at ./main.go:14:10
./main.go:9:10: new([65536]byte) does not escape
./main.go:10:10: new([65537]byte) escapes to heap
./main.go:11:7: &Big{} escapes to heap
./main.go:12:7: &Fit{} does not escape
./main.go:13:10: new([8192]int64) does not escape
./main.go:14:10: new([8193]int64) escapes to heap
