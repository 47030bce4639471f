./main.go:9:13: parameter n leaks to ~r0 for second with derefs=2:
./main.go:9:13:   flow: ~r0 ← **n:
./main.go:9:13:     from n.next (dot of pointer) at ./main.go:9:37
./main.go:9:13:     from n.next.val (dot of pointer) at ./main.go:9:42
./main.go:9:13:     from return n.next.val (return) at ./main.go:9:29
./main.go:9:13: leaking param: n to result ~r0 level=2
./main.go:11:12: parameter n leaks to ~r0 for third with derefs=3:
./main.go:11:12:   flow: ~r0 ← ***n:
./main.go:11:12:     from n.next (dot of pointer) at ./main.go:11:37
./main.go:11:12:     from n.next.next (dot of pointer) at ./main.go:11:42
./main.go:11:12:     from n.next.next.next (dot of pointer) at ./main.go:11:47
./main.go:11:12:     from return n.next.next.next (return) at ./main.go:11:29
./main.go:11:12: leaking param: n to result ~r0 level=3
./main.go:13:11: parameter n leaks to ~r0 for last with derefs=1:
./main.go:13:11:   flow: ~r0 ← *n:
./main.go:13:11:     from n.val (dot of pointer) at ./main.go:15:11
./main.go:13:11:     from return n.val (return) at ./main.go:15:3
./main.go:13:11: leaking param: n to result ~r0 level=1
./main.go:20:43: &node{...} escapes to heap in push:
./main.go:20:43:   flow: ~r0 ← &{storage for &node{...}}:
./main.go:20:43:     from &node{...} (spill) at ./main.go:20:43
./main.go:20:43:     from return &node{...} (return) at ./main.go:20:36
./main.go:20:11: parameter n leaks to {storage for &node{...}} for push with derefs=0:
./main.go:20:11:   flow: {storage for &node{...}} ← n:
./main.go:20:11:     from node{...} (struct literal element) at ./main.go:20:48
./main.go:20:20: parameter v leaks to {storage for &node{...}} for push with derefs=0:
./main.go:20:20:   flow: {storage for &node{...}} ← v:
./main.go:20:20:     from node{...} (struct literal element) at ./main.go:20:48
./main.go:20:11: leaking param: n
./main.go:20:20: leaking param: v
./main.go:20:43: &node{...} escapes to heap
./main.go:27:2: y escapes to heap in main:
./main.go:27:2:   flow: {heap} ← &y:
./main.go:27:2:     from &y (address-of) at ./main.go:28:20
./main.go:27:2:     from push(nil, &y) (call parameter) at ./main.go:28:14
./main.go:27:2: moved to heap: y
