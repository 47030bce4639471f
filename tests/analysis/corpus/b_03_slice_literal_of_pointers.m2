./main.go:5:15: []*int{...} escapes to heap in pair:
./main.go:5:15:   flow: ~r0 ← &{storage for []*int{...}}:
./main.go:5:15:     from []*int{...} (spill) at ./main.go:5:15
./main.go:5:15:     from return []*int{...} (return) at ./main.go:5:2
./main.go:4:11: parameter a leaks to {storage for []*int{...}} for pair with derefs=0:
./main.go:4:11:   flow: {storage for []*int{...}} ← a:
./main.go:4:11:     from []*int{...} (slice-literal-element) at ./main.go:5:15
./main.go:4:14: parameter b leaks to {storage for []*int{...}} for pair with derefs=0:
./main.go:4:14:   flow: {storage for []*int{...}} ← b:
./main.go:4:14:     from []*int{...} (slice-literal-element) at ./main.go:5:15
./main.go:4:11: leaking param: a
./main.go:4:14: leaking param: b
./main.go:5:15: []*int{...} escapes to heap
./main.go:9:2: x escapes to heap in main:
./main.go:9:2:   flow: {heap} ← &x:
./main.go:9:2:     from &x (address-of) at ./main.go:10:11
./main.go:9:2:     from pair(&x, &y) (call parameter) at ./main.go:10:10
./main.go:9:5: y escapes to heap in main:
./main.go:9:5:   flow: {heap} ← &y:
./main.go:9:5:     from &y (address-of) at ./main.go:10:15
./main.go:9:5:     from pair(&x, &y) (call parameter) at ./main.go:10:10
./main.go:9:2: moved to heap: x
./main.go:9:5: moved to heap: y
