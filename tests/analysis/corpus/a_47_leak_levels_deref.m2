./main.go:4:13: parameter pp leaks to ~r0 for deref1 with derefs=1:
./main.go:4:13:   flow: ~r0 ← *pp:
./main.go:4:13:     from *pp (indirection) at ./main.go:4:37
./main.go:4:13:     from return *pp (return) at ./main.go:4:30
./main.go:4:13: leaking param: pp to result ~r0 level=1
./main.go:6:13: parameter ppp leaks to ~r0 for deref2 with derefs=2:
./main.go:6:13:   flow: ~r0 ← **ppp:
./main.go:6:13:     from *ppp (indirection) at ./main.go:6:40
./main.go:6:13:     from *(*ppp) (indirection) at ./main.go:6:39
./main.go:6:13:     from return *(*ppp) (return) at ./main.go:6:32
./main.go:6:13: leaking param: ppp to result ~r0 level=2
./main.go:9:2: x escapes to heap in viaOne:
./main.go:9:2:   flow: p ← &x:
./main.go:9:2:     from &x (address-of) at ./main.go:10:7
./main.go:9:2:     from p := &x (assign) at ./main.go:10:4
./main.go:9:2:   flow: ~r0 ← p:
./main.go:9:2:     from &p (address-of) at ./main.go:11:16
./main.go:9:2:     from deref1(&p) (call parameter) at ./main.go:11:15
./main.go:9:2:     from return deref1(&p) (return) at ./main.go:11:2
./main.go:9:2: moved to heap: x
./main.go:15:2: y escapes to heap in viaTwo:
./main.go:15:2:   flow: p ← &y:
./main.go:15:2:     from &y (address-of) at ./main.go:16:7
./main.go:15:2:     from p := &y (assign) at ./main.go:16:4
./main.go:15:2:   flow: pp ← &p:
./main.go:15:2:     from &p (address-of) at ./main.go:17:8
./main.go:15:2:     from pp := &p (assign) at ./main.go:17:5
./main.go:15:2:   flow: ~r0 ← *pp:
./main.go:15:2:     from &pp (address-of) at ./main.go:18:16
./main.go:15:2:     from deref2(&pp) (call parameter) at ./main.go:18:15
./main.go:15:2:     from return deref2(&pp) (return) at ./main.go:18:2
./main.go:15:2: moved to heap: y
