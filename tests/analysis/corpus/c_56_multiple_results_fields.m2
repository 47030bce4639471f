./main.go:6:12: parameter p leaks to ~r1 for parts with derefs=1:
./main.go:6:12:   flow: ~r1 ← *p:
./main.go:6:12:     from p.b (dot of pointer) at ./main.go:6:49
./main.go:6:12:     from return p.a, p.b (return) at ./main.go:6:36
./main.go:6:12: parameter p leaks to ~r0 for parts with derefs=1:
./main.go:6:12:   flow: ~r0 ← *p:
./main.go:6:12:     from p.a (dot of pointer) at ./main.go:6:44
./main.go:6:12:     from return p.a, p.b (return) at ./main.go:6:36
./main.go:6:12: leaking param: p to result ~r0 level=1
./main.go:6:12: leaking param: p to result ~r1 level=1
./main.go:9:7: &pair{} escapes to heap in fresh:
./main.go:9:7:   flow: p ← &{storage for &pair{}}:
./main.go:9:7:     from &pair{} (spill) at ./main.go:9:7
./main.go:9:7:     from p := &pair{} (assign) at ./main.go:9:4
./main.go:9:7:   flow: ~r0 ← p:
./main.go:9:7:     from return p, 0 (return) at ./main.go:10:2
./main.go:9:7: &pair{} escapes to heap
./main.go:15:16: &pair{...} does not escape
