./main.go:7:6: viaPtr ignoring self-assignment in t.p = t.q
./main.go:6:13: t does not escape
./main.go:14:6: viaValue ignoring self-assignment in v.p = v.q
./main.go:18:22: &T{} does not escape
