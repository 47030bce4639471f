./main.go:4:14: parameter xs leaks to ~r0 for byIndex with derefs=0:
./main.go:4:14:   flow: m ← xs:
./main.go:4:14:     from xs[i] (dot of pointer) at ./main.go:8:11
./main.go:4:14:     from &xs[i] (address-of) at ./main.go:8:8
./main.go:4:14:     from m = &xs[i] (assign) at ./main.go:8:6
./main.go:4:14:   flow: ~r0 ← m:
./main.go:4:14:     from return m (return) at ./main.go:11:2
./main.go:4:14: leaking param: xs to result ~r0 level=0
./main.go:16:9: x escapes to heap in byValue:
./main.go:16:9:   flow: m ← &x:
./main.go:16:9:     from &x (address-of) at ./main.go:18:8
./main.go:16:9:     from m = &x (assign) at ./main.go:18:6
./main.go:14:14: xs does not escape
./main.go:16:9: moved to heap: x
