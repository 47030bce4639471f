./main.go:7:6: buf escapes to heap in remember:
./main.go:7:6:   flow: {heap} ← &buf:
./main.go:7:6:     from buf (address-of) at ./main.go:9:12
./main.go:7:6:     from buf[:1] (slice) at ./main.go:9:12
./main.go:7:6:     from last = buf[:1] (assign) at ./main.go:9:7
./main.go:7:6: moved to heap: buf
