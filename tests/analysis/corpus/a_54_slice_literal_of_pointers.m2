./main.go:6:14: []*int{...} does not escape
./main.go:16:15: []*int{...} escapes to heap in escaping:
./main.go:16:15:   flow: ~r0 ← &{storage for []*int{...}}:
./main.go:16:15:     from []*int{...} (spill) at ./main.go:16:15
./main.go:16:15:     from return []*int{...} (return) at ./main.go:16:2
./main.go:15:2: c escapes to heap in escaping:
./main.go:15:2:   flow: {storage for []*int{...}} ← &c:
./main.go:15:2:     from &c (address-of) at ./main.go:16:16
./main.go:15:2:     from []*int{...} (slice-literal-element) at ./main.go:16:15
./main.go:15:5: d escapes to heap in escaping:
./main.go:15:5:   flow: {storage for []*int{...}} ← &d:
./main.go:15:5:     from &d (address-of) at ./main.go:16:20
./main.go:15:5:     from []*int{...} (slice-literal-element) at ./main.go:16:15
./main.go:15:2: moved to heap: c
./main.go:15:5: moved to heap: d
./main.go:16:15: []*int{...} escapes to heap
