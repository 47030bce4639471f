./main.go:4:21: parameter p leaks to {heap} for push with derefs=0:
./main.go:4:21:   flow: {heap} ← p:
./main.go:4:21:     from append(s, p) (call parameter) at ./main.go:5:15
./main.go:4:11: parameter s leaks to {heap} for push with derefs=1:
./main.go:4:11:   flow: {temp} ← s:
./main.go:4:11:     from append(s, p) (call parameter) at ./main.go:5:15
./main.go:4:11:   flow: {heap} ← *{temp}:
./main.go:4:11:     from append(s, p) (appendee slice) at ./main.go:5:15
./main.go:5:15: append(s, p) escapes to heap in push:
./main.go:5:15:   flow: ~r0 ← &{storage for append(s, p)}:
./main.go:5:15:     from append(s, p) (spill) at ./main.go:5:15
./main.go:5:15:     from return append(s, p) (return) at ./main.go:5:2
./main.go:4:11: parameter s leaks to ~r0 for push with derefs=0:
./main.go:4:11:   flow: {temp} ← s:
./main.go:4:11:     from append(s, p) (call parameter) at ./main.go:5:15
./main.go:4:11:   flow: {temp} ← {temp}:
./main.go:4:11:   flow: ~r0 ← {temp}:
./main.go:4:11:     from return append(s, p) (return) at ./main.go:5:2
./main.go:4:11: leaking param content: s
./main.go:4:11: leaking param: s to result ~r0 level=0
./main.go:4:21: leaking param: p
./main.go:5:15: append escapes to heap
./main.go:9:2: x escapes to heap in main:
./main.go:9:2:   flow: {heap} ← &x:
./main.go:9:2:     from &x (address-of) at ./main.go:10:31
./main.go:9:2:     from push(make([]*int, 0, 2), &x) (call parameter) at ./main.go:10:10
./main.go:9:2: moved to heap: x
./main.go:10:15: make([]*int, 0, 2) does not escape
