./main.go:6:7: p escapes to heap in point.xAddr:
./main.go:6:7:   flow: ~r0 ← &p:
./main.go:6:7:     from p.x (dot) at ./main.go:6:40
./main.go:6:7:     from &p.x (address-of) at ./main.go:6:38
./main.go:6:7:     from return &p.x (return) at ./main.go:6:31
./main.go:6:7: parameter p leaks to ~r0 for point.xAddr with derefs=0:
./main.go:6:7:   flow: ~r0 ← &p:
./main.go:6:7:     from p.x (dot) at ./main.go:6:40
./main.go:6:7:     from &p.x (address-of) at ./main.go:6:38
./main.go:6:7:     from return &p.x (return) at ./main.go:6:31
./main.go:6:7: moved to heap: p
./main.go:8:7: parameter p leaks to ~r0 for (*point).yAddr with derefs=0:
./main.go:8:7:   flow: ~r0 ← p:
./main.go:8:7:     from p.y (dot of pointer) at ./main.go:8:41
./main.go:8:7:     from &p.y (address-of) at ./main.go:8:39
./main.go:8:7:     from return &p.y (return) at ./main.go:8:32
./main.go:8:7: leaking param: p to result ~r0 level=0
