./main.go:10:9: (*Buf).Skip ignoring self-assignment in b.rest = b.data[n:]
./main.go:9:7: b does not escape
./main.go:14:21: make([]byte, 8) does not escape
