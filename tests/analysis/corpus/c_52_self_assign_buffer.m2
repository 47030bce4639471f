./main.go:11:8: (*reader).next ignoring self-assignment in r.buf = r.buf[1:]
./main.go:9:7: r does not escape
./main.go:17:7: &reader{...} does not escape
./main.go:17:27: ([]byte)("ab") does not escape
