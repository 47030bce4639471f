./main.go:6:11: parameter a leaks to ~r0 for pick with derefs=0:
./main.go:6:11:   flow: ~r0 ← a:
./main.go:6:11:     from a[1] (fixed-array-index-of) at ./main.go:6:37
./main.go:6:11:     from return a[1] (return) at ./main.go:6:29
./main.go:6:11: leaking param: a to result ~r0 level=0
./main.go:8:12: parameter a leaks to ~r0 for pickp with derefs=1:
./main.go:8:12:   flow: ~r0 ← *a:
./main.go:8:12:     from a (indirection) at ./main.go:8:39
./main.go:8:12:     from a[1] (fixed-array-index-of) at ./main.go:8:39
./main.go:8:12:     from return a[1] (return) at ./main.go:8:31
./main.go:8:12: leaking param: a to result ~r0 level=1
./main.go:10:14: parameter a leaks to {heap} for leakArr with derefs=0:
./main.go:10:14:   flow: {heap} ← a:
./main.go:10:14:     from a[0] (fixed-array-index-of) at ./main.go:10:35
./main.go:10:14:     from sink = a[0] (assign) at ./main.go:10:32
./main.go:10:14: leaking param: a
./main.go:12:12: parameter p leaks to ~r0 for arrOf with derefs=0:
./main.go:12:12:   flow: ~r0 ← p:
./main.go:12:12:     from [2]*int{...} (array literal element) at ./main.go:12:44
./main.go:12:12:     from return [2]*int{...} (return) at ./main.go:12:30
./main.go:12:12: leaking param: p to result ~r0 level=0
./main.go:19:2: w escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &w:
./main.go:19:2:     from &w (address-of) at ./main.go:20:23
./main.go:19:2:     from [2]*int{...} (array literal element) at ./main.go:20:17
./main.go:19:2:     from leakArr([2]*int{...}) (call parameter) at ./main.go:20:9
./main.go:19:2: moved to heap: w
