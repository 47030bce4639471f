./main.go:12:11: parameter y leaks to ~r0 for g with derefs=0:
./main.go:12:11:   flow: ~r0 ← y:
./main.go:12:11:     from return y (return) at ./main.go:13:2
./main.go:12:8: x does not escape
./main.go:12:11: leaking param: y to result ~r0 level=0
./main.go:22:3: &T{...} escapes to heap in main:
./main.go:22:3:   flow: {heap} ← &{storage for &T{...}}:
./main.go:22:3:     from &T{...} (spill) at ./main.go:22:3
./main.go:22:3:     from g(p, &T{...}) (call parameter) at ./main.go:20:10
./main.go:22:3:     from sink = g(p, &T{...}) (assign) at ./main.go:20:7
./main.go:24:7: &T{...} escapes to heap in main:
./main.go:24:7:   flow: {storage for &T{...}} ← &{storage for &T{...}}:
./main.go:24:7:     from &T{...} (spill) at ./main.go:24:7
./main.go:24:7:     from T{...} (struct literal element) at ./main.go:22:5
./main.go:33:7: s + "y" + s escapes to heap in main:
./main.go:33:7:   flow: {heap} ← &{storage for s + "y" + s}:
./main.go:33:7:     from s + "y" + s (spill) at ./main.go:33:7
./main.go:33:7:     from sinkS = s + "y" + s (assign) at ./main.go:32:8
./main.go:17:7: &T{...} does not escape
./main.go:22:3: &T{...} escapes to heap
./main.go:24:7: &T{...} escapes to heap
./main.go:27:13: []int{...} does not escape
./main.go:33:7: s + "y" + s escapes to heap
