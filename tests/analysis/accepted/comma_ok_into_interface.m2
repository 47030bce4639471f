./main.go:12:11: .autotmp_3 escapes to heap in main:
./main.go:12:11:   flow: {heap} ← &{storage for .autotmp_3}:
./main.go:12:11:     from .autotmp_3 (spill) at ./main.go:12:11
./main.go:12:11:     from sink, ok = .autotmp_3, .autotmp_4 (assign-pair) at ./main.go:12:11
./main.go:14:11: .autotmp_6 escapes to heap in main:
./main.go:14:11:   flow: {heap} ← &{storage for .autotmp_6}:
./main.go:14:11:     from .autotmp_6 (spill) at ./main.go:14:11
./main.go:14:11:     from sink, ok = .autotmp_6, .autotmp_7 (assign-pair) at ./main.go:14:11
./main.go:16:11: .autotmp_9 escapes to heap in main:
./main.go:16:11:   flow: {heap} ← &{storage for .autotmp_9}:
./main.go:16:11:     from .autotmp_9 (spill) at ./main.go:16:11
./main.go:16:11:     from sink, ok = .autotmp_9, .autotmp_10 (assign-pair) at ./main.go:16:11
./main.go:17:10: .autotmp_11 escapes to heap in main:
./main.go:17:10:   flow: {heap} ← &{storage for .autotmp_11}:
./main.go:17:10:     from .autotmp_11 (spill) at ./main.go:17:10
./main.go:17:10:     from sink, e = .autotmp_11, .autotmp_12 (assign-pair) at ./main.go:17:10
./main.go:9:14: 5 does not escape
./main.go:12:11: .autotmp_3 escapes to heap
./main.go:13:21: map[string]int{...} does not escape
./main.go:14:11: .autotmp_6 escapes to heap
./main.go:16:11: .autotmp_9 escapes to heap
./main.go:17:10: .autotmp_11 escapes to heap
./main.go:19:7: .autotmp_15 does not escape
./main.go:22:9: i does not escape
./main.go:22:12: j does not escape
