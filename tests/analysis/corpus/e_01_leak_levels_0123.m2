./main.go:6:9: parameter p leaks to ~r0 for l0 with derefs=0:
./main.go:6:9:   flow: ~r0 ← p:
./main.go:6:9:     from return p (return) at ./main.go:6:24
./main.go:6:9: leaking param: p to result ~r0 level=0
./main.go:8:9: parameter pp leaks to ~r0 for l1 with derefs=1:
./main.go:8:9:   flow: ~r0 ← *pp:
./main.go:8:9:     from *pp (indirection) at ./main.go:8:33
./main.go:8:9:     from return *pp (return) at ./main.go:8:26
./main.go:8:9: leaking param: pp to result ~r0 level=1
./main.go:10:9: parameter ppp leaks to ~r0 for l2 with derefs=2:
./main.go:10:9:   flow: ~r0 ← **ppp:
./main.go:10:9:     from *ppp (indirection) at ./main.go:10:36
./main.go:10:9:     from *(*ppp) (indirection) at ./main.go:10:35
./main.go:10:9:     from return *(*ppp) (return) at ./main.go:10:28
./main.go:10:9: leaking param: ppp to result ~r0 level=2
./main.go:12:9: parameter p4 leaks to ~r0 for l3 with derefs=3:
./main.go:12:9:   flow: ~r0 ← ***p4:
./main.go:12:9:     from *p4 (indirection) at ./main.go:12:37
./main.go:12:9:     from *(*p4) (indirection) at ./main.go:12:36
./main.go:12:9:     from *(*(*p4)) (indirection) at ./main.go:12:35
./main.go:12:9:     from return *(*(*p4)) (return) at ./main.go:12:28
./main.go:12:9: leaking param: p4 to result ~r0 level=3
./main.go:14:9: parameter ppp leaks to {heap} for h2 with derefs=2:
./main.go:14:9:   flow: {heap} ← **ppp:
./main.go:14:9:     from *ppp (indirection) at ./main.go:14:31
./main.go:14:9:     from *(*ppp) (indirection) at ./main.go:14:30
./main.go:14:9:     from sink = *(*ppp) (assign) at ./main.go:14:28
./main.go:14:9: leaking param content: ppp
./main.go:16:9: parameter p4 leaks to {heap} for h3 with derefs=3:
./main.go:16:9:   flow: {heap} ← ***p4:
./main.go:16:9:     from *p4 (indirection) at ./main.go:16:32
./main.go:16:9:     from *(*p4) (indirection) at ./main.go:16:31
./main.go:16:9:     from *(*(*p4)) (indirection) at ./main.go:16:30
./main.go:16:9:     from sink = *(*(*p4)) (assign) at ./main.go:16:28
./main.go:16:9: leaking param content: p4
./main.go:19:2: x escapes to heap in main:
./main.go:19:2:   flow: p ← &x:
./main.go:19:2:     from &x (address-of) at ./main.go:20:7
./main.go:19:2:     from p := &x (assign) at ./main.go:20:4
./main.go:19:2:   flow: pp ← &p:
./main.go:19:2:     from &p (address-of) at ./main.go:21:8
./main.go:19:2:     from pp := &p (assign) at ./main.go:21:5
./main.go:19:2:   flow: ppp ← &pp:
./main.go:19:2:     from &pp (address-of) at ./main.go:22:9
./main.go:19:2:     from ppp := &pp (assign) at ./main.go:22:6
./main.go:19:2:   flow: {heap} ← **ppp:
./main.go:19:2:     from l2(ppp) (call parameter) at ./main.go:23:11
./main.go:19:2:     from sink = l2(ppp) (assign) at ./main.go:23:7
./main.go:24:2: y escapes to heap in main:
./main.go:24:2:   flow: q ← &y:
./main.go:24:2:     from &y (address-of) at ./main.go:25:7
./main.go:24:2:     from q := &y (assign) at ./main.go:25:4
./main.go:24:2:   flow: qq ← &q:
./main.go:24:2:     from &q (address-of) at ./main.go:26:8
./main.go:24:2:     from qq := &q (assign) at ./main.go:26:5
./main.go:24:2:   flow: qqq ← &qq:
./main.go:24:2:     from &qq (address-of) at ./main.go:27:9
./main.go:24:2:     from qqq := &qq (assign) at ./main.go:27:6
./main.go:24:2:   flow: {heap} ← **qqq:
./main.go:24:2:     from &qqq (address-of) at ./main.go:28:5
./main.go:24:2:     from h3(&qqq) (call parameter) at ./main.go:28:4
./main.go:19:2: moved to heap: x
./main.go:24:2: moved to heap: y
