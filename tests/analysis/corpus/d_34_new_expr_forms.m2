./main.go:16:12: .autotmp_3 escapes to heap in main:
./main.go:16:12:   flow: {heap} ← &.autotmp_3:
./main.go:16:12:     from &.autotmp_3 (address-of) at ./main.go:16:12
./main.go:16:12:     from sink = &.autotmp_3 (assign) at ./main.go:16:7
./main.go:17:13: .autotmp_4 escapes to heap in main:
./main.go:17:13:   flow: {heap} ← &.autotmp_4:
./main.go:17:13:     from &.autotmp_4 (address-of) at ./main.go:17:13
./main.go:17:13:     from sinkB = &.autotmp_4 (assign) at ./main.go:17:8
./main.go:18:13: .autotmp_5 escapes to heap in main:
./main.go:18:13:   flow: {heap} ← &.autotmp_5:
./main.go:18:13:     from &.autotmp_5 (address-of) at ./main.go:18:13
./main.go:18:13:     from sinkT = &.autotmp_5 (assign) at ./main.go:18:8
./main.go:21:13: .autotmp_10 escapes to heap in main:
./main.go:21:13:   flow: {heap} ← &.autotmp_10:
./main.go:21:13:     from &.autotmp_10 (address-of) at ./main.go:21:13
./main.go:21:13:     from sinkS = &.autotmp_10 (assign) at ./main.go:21:8
./main.go:21:19: []int{...} escapes to heap in main:
./main.go:21:19:   flow: .autotmp_10 ← &{storage for []int{...}}:
./main.go:21:19:     from []int{...} (spill) at ./main.go:21:19
./main.go:21:19:     from .autotmp_10 := []int{...} (assign) at ./main.go:21:13
./main.go:16:12: moved to heap: .autotmp_3
./main.go:17:13: moved to heap: .autotmp_4
./main.go:18:13: moved to heap: .autotmp_5
./main.go:21:13: moved to heap: .autotmp_10
./main.go:21:19: []int{...} escapes to heap
