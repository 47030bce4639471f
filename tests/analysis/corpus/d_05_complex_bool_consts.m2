./main.go:14:17: ([]byte)(h((1 + 2i), complex64((0 + 2i)), true, true)) escapes to heap in main:
./main.go:14:17:   flow: {heap} ← &{storage for ([]byte)(h((1 + 2i), complex64((0 + 2i)), true, true))}:
./main.go:14:17:     from ([]byte)(h((1 + 2i), complex64((0 + 2i)), true, true)) (spill) at ./main.go:14:17
./main.go:14:17:     from sink = ([]byte)(h((1 + 2i), complex64((0 + 2i)), true, true)) (assign) at ./main.go:14:7
./main.go:15:17: ([]byte)(h((-1 + -1i), complex64((1.5 + 0i)), false, false)) escapes to heap in main:
./main.go:15:17:   flow: {heap} ← &{storage for ([]byte)(h((-1 + -1i), complex64((1.5 + 0i)), false, false))}:
./main.go:15:17:     from ([]byte)(h((-1 + -1i), complex64((1.5 + 0i)), false, false)) (spill) at ./main.go:15:17
./main.go:15:17:     from sink = ([]byte)(h((-1 + -1i), complex64((1.5 + 0i)), false, false)) (assign) at ./main.go:15:7
./main.go:16:17: ([]byte)(h((3 + 0i), complex64((1 + -2.5i)), true, true)) escapes to heap in main:
./main.go:16:17:   flow: {heap} ← &{storage for ([]byte)(h((3 + 0i), complex64((1 + -2.5i)), true, true))}:
./main.go:16:17:     from ([]byte)(h((3 + 0i), complex64((1 + -2.5i)), true, true)) (spill) at ./main.go:16:17
./main.go:16:17:     from sink = ([]byte)(h((3 + 0i), complex64((1 + -2.5i)), true, true)) (assign) at ./main.go:16:7
./main.go:14:17: ([]byte)(h((1 + 2i), complex64((0 + 2i)), true, true)) escapes to heap
./main.go:15:17: ([]byte)(h((-1 + -1i), complex64((1.5 + 0i)), false, false)) escapes to heap
./main.go:16:17: ([]byte)(h((3 + 0i), complex64((1 + -2.5i)), true, true)) escapes to heap
