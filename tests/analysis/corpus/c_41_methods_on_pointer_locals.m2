./main.go:6:7: a does not escape
./main.go:8:7: parameter a leaks to ~r0 for (*acc).ref with derefs=0:
./main.go:8:7:   flow: ~r0 ← a:
./main.go:8:7:     from a.total (dot of pointer) at ./main.go:8:37
./main.go:8:7:     from &a.total (address-of) at ./main.go:8:35
./main.go:8:7:     from return &a.total (return) at ./main.go:8:28
./main.go:8:7: leaking param: a to result ~r0 level=0
./main.go:11:7: &acc{} escapes to heap in kept:
./main.go:11:7:   flow: p ← &{storage for &acc{}}:
./main.go:11:7:     from &acc{} (spill) at ./main.go:11:7
./main.go:11:7:     from p := &acc{} (assign) at ./main.go:11:4
./main.go:11:7:   flow: ~r0 ← p:
./main.go:11:7:     from (*acc).ref(p) (call parameter) at ./main.go:13:14
./main.go:11:7:     from return (*acc).ref(p) (return) at ./main.go:13:2
./main.go:11:7: &acc{} escapes to heap
./main.go:17:7: &acc{} does not escape
