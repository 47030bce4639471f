./main.go:5:14: []int{...} escapes to heap in primes:
./main.go:5:14:   flow: ~r0 ← &{storage for []int{...}}:
./main.go:5:14:     from []int{...} (spill) at ./main.go:5:14
./main.go:5:14:     from return []int{...} (return) at ./main.go:5:2
./main.go:5:14: []int{...} escapes to heap
