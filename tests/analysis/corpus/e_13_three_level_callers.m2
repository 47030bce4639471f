./main.go:6:11: parameter pp leaks to ~r0 for leaf with derefs=1:
./main.go:6:11:   flow: ~r0 ← *pp:
./main.go:6:11:     from *pp (indirection) at ./main.go:6:35
./main.go:6:11:     from return *pp (return) at ./main.go:6:28
./main.go:6:11: leaking param: pp to result ~r0 level=1
./main.go:8:10: parameter pp leaks to ~r0 for mid with derefs=1:
./main.go:8:10:   flow: ~r0 ← *pp:
./main.go:8:10:     from leaf(pp) (call parameter) at ./main.go:8:38
./main.go:8:10:     from return leaf(pp) (return) at ./main.go:8:27
./main.go:8:10: leaking param: pp to result ~r0 level=1
./main.go:10:10: parameter ppp leaks to ~r0 for top with derefs=2:
./main.go:10:10:   flow: ~r0 ← **ppp:
./main.go:10:10:     from *ppp (indirection) at ./main.go:10:40
./main.go:10:10:     from mid(*ppp) (call parameter) at ./main.go:10:39
./main.go:10:10:     from return mid(*ppp) (return) at ./main.go:10:29
./main.go:10:10: leaking param: ppp to result ~r0 level=2
./main.go:12:12: parameter pp leaks to {heap} for leafH with derefs=1:
./main.go:12:12:   flow: {heap} ← *pp:
./main.go:12:12:     from *pp (indirection) at ./main.go:12:31
./main.go:12:12:     from sink = *pp (assign) at ./main.go:12:29
./main.go:12:12: leaking param content: pp
./main.go:14:11: parameter pp leaks to {heap} for midH with derefs=1:
./main.go:14:11:   flow: {heap} ← *pp:
./main.go:14:11:     from leafH(pp) (call parameter) at ./main.go:14:28
./main.go:14:11: leaking param content: pp
./main.go:16:11: parameter p leaks to {heap} for topH with derefs=0:
./main.go:16:11:   flow: {heap} ← p:
./main.go:16:11:     from &p (address-of) at ./main.go:16:26
./main.go:16:11:     from midH(&p) (call parameter) at ./main.go:16:25
./main.go:16:11: leaking param: p
./main.go:23:2: y escapes to heap in main:
./main.go:23:2:   flow: {heap} ← &y:
./main.go:23:2:     from &y (address-of) at ./main.go:24:7
./main.go:23:2:     from topH(&y) (call parameter) at ./main.go:24:6
./main.go:19:2: x escapes to heap in main:
./main.go:19:2:   flow: p ← &x:
./main.go:19:2:     from &x (address-of) at ./main.go:20:7
./main.go:19:2:     from p := &x (assign) at ./main.go:20:4
./main.go:19:2:   flow: pp ← &p:
./main.go:19:2:     from &p (address-of) at ./main.go:21:8
./main.go:19:2:     from pp := &p (assign) at ./main.go:21:5
./main.go:19:2:   flow: {heap} ← *pp:
./main.go:19:2:     from &pp (address-of) at ./main.go:22:13
./main.go:19:2:     from top(&pp) (call parameter) at ./main.go:22:12
./main.go:19:2:     from sink = top(&pp) (assign) at ./main.go:22:7
./main.go:19:2: moved to heap: x
./main.go:23:2: moved to heap: y
