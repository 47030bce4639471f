./main.go:6:7: parameter b leaks to ~r0 for (*builder).inc with derefs=0:
./main.go:6:7:   flow: ~r0 ← b:
./main.go:6:7:     from return b (return) at ./main.go:8:2
./main.go:6:7: leaking param: b to result ~r0 level=0
./main.go:12:6: b escapes to heap in chain:
./main.go:12:6:   flow: {temp} ← &b:
./main.go:12:6:     from b (address-of) at ./main.go:13:10
./main.go:12:6:     from (*builder).inc(b) (call parameter) at ./main.go:13:14
./main.go:12:6:   flow: {temp} ← {temp}:
./main.go:12:6:     from (*builder).inc((*builder).inc(b)) (call parameter) at ./main.go:13:20
./main.go:12:6:   flow: ~r0 ← {temp}:
./main.go:12:6:     from return (*builder).inc((*builder).inc(b)) (return) at ./main.go:13:2
./main.go:12:6: moved to heap: b
