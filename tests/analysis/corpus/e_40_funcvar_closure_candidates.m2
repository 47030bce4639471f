./main.go:8:12: parameter p leaks to ~r0 for main.func1 with derefs=0:
./main.go:8:12:   flow: ~r0 ← p:
./main.go:8:12:     from return p (return) at ./main.go:8:27
./main.go:8:12: leaking param: p to result ~r0 level=0
./main.go:10:12: parameter p leaks to {heap} for main.func2 with derefs=0:
./main.go:10:12:   flow: {heap} ← p:
./main.go:10:12:     from sink = p (assign) at ./main.go:10:32
./main.go:10:12: leaking param: p
./main.go:15:11: parameter pp leaks to ~r0 for main.func3 with derefs=1:
./main.go:15:11:   flow: ~r0 ← *pp:
./main.go:15:11:     from *pp (indirection) at ./main.go:15:35
./main.go:15:11:     from return *pp (return) at ./main.go:15:28
./main.go:15:11: leaking param: pp to result ~r0 level=1
./main.go:7:2: x escapes to heap in main:
./main.go:7:2:   flow: {temp} ← &x:
./main.go:7:2:     from &x (address-of) at ./main.go:12:12
./main.go:7:2:     from f(&x) (call parameter) at ./main.go:12:11
./main.go:7:2:   flow: {heap} ← {temp}:
./main.go:13:2: y escapes to heap in main:
./main.go:13:2:   flow: py ← &y:
./main.go:13:2:     from &y (address-of) at ./main.go:16:8
./main.go:13:2:     from py := &y (assign) at ./main.go:16:5
./main.go:13:2:   flow: {heap} ← py:
./main.go:13:2:     from &py (address-of) at ./main.go:17:11
./main.go:13:2:     from g(&py) (call parameter) at ./main.go:17:10
./main.go:13:2:     from sink = g(&py) (assign) at ./main.go:17:7
./main.go:7:2: moved to heap: x
./main.go:13:2: moved to heap: y
./main.go:8:7: func literal does not escape
./main.go:10:7: func literal does not escape
./main.go:15:6: func literal does not escape
