./main.go:7:8: t escapes to heap in send:
./main.go:7:8:   flow: {heap} ← &{storage for t}:
./main.go:7:8:     from t (spill) at ./main.go:7:8
./main.go:7:8:     from ch <- t (send) at ./main.go:7:5
./main.go:9:8: 1 escapes to heap in send:
./main.go:9:8:   flow: {heap} ← &{storage for 1}:
./main.go:9:8:     from 1 (spill) at ./main.go:9:8
./main.go:9:8:     from ch <- 1 (send) at ./main.go:9:5
./main.go:6:29: parameter p leaks to {heap} for send with derefs=0:
./main.go:6:29:   flow: {heap} ← p:
./main.go:6:29:     from p (interface-converted) at ./main.go:8:8
./main.go:6:29:     from ch <- p (send) at ./main.go:8:5
./main.go:6:11: ch does not escape
./main.go:6:29: leaking param: p
./main.go:7:8: t escapes to heap
./main.go:9:8: 1 escapes to heap
./main.go:14:2: t escapes to heap in main:
./main.go:14:2:   flow: {heap} ← &t:
./main.go:14:2:     from &t (address-of) at ./main.go:15:14
./main.go:14:2:     from send(ch, t, &t) (call parameter) at ./main.go:15:6
./main.go:17:8: x escapes to heap in main:
./main.go:17:8:   flow: {heap} ← &{storage for x}:
./main.go:17:8:     from x (spill) at ./main.go:17:8
./main.go:17:8:     from ch <- x (send) at ./main.go:17:5
./main.go:18:14: "s" escapes to heap in main:
./main.go:18:14:   flow: i ← &{storage for "s"}:
./main.go:18:14:     from "s" (spill) at ./main.go:18:14
./main.go:18:14:     from i := "s" (assign) at ./main.go:18:6
./main.go:18:14:   flow: {heap} ← i:
./main.go:18:14:     from ch <- i (send) at ./main.go:19:5
./main.go:14:2: moved to heap: t
./main.go:17:8: 5 escapes to heap
./main.go:18:14: "s" escapes to heap
