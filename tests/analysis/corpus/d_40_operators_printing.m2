./main.go:9:20: string(rune(-n)) escapes to heap in main:
./main.go:9:20:   flow: {heap} ← &{storage for string(rune(-n))}:
./main.go:9:20:     from string(rune(-n)) (spill) at ./main.go:9:20
./main.go:9:20:     from sink = string(rune(-n)) (assign) at ./main.go:9:7
./main.go:10:20: string(rune(^n)) escapes to heap in main:
./main.go:10:20:   flow: {heap} ← &{storage for string(rune(^n))}:
./main.go:10:20:     from string(rune(^n)) (spill) at ./main.go:10:20
./main.go:10:20:     from sink = string(rune(^n)) (assign) at ./main.go:10:7
./main.go:11:20: string(rune(- (-n))) escapes to heap in main:
./main.go:11:20:   flow: {heap} ← &{storage for string(rune(- (-n)))}:
./main.go:11:20:     from string(rune(- (-n))) (spill) at ./main.go:11:20
./main.go:11:20:     from sink = string(rune(- (-n))) (assign) at ./main.go:11:7
./main.go:12:20: string(rune(-(n + 1))) escapes to heap in main:
./main.go:12:20:   flow: {heap} ← &{storage for string(rune(-(n + 1)))}:
./main.go:12:20:     from string(rune(-(n + 1))) (spill) at ./main.go:12:20
./main.go:12:20:     from sink = string(rune(-(n + 1))) (assign) at ./main.go:12:7
./main.go:13:20: string(rune(n - (m + 1))) escapes to heap in main:
./main.go:13:20:   flow: {heap} ← &{storage for string(rune(n - (m + 1)))}:
./main.go:13:20:     from string(rune(n - (m + 1))) (spill) at ./main.go:13:20
./main.go:13:20:     from sink = string(rune(n - (m + 1))) (assign) at ./main.go:13:7
./main.go:14:20: string(rune((n + 1) * m)) escapes to heap in main:
./main.go:14:20:   flow: {heap} ← &{storage for string(rune((n + 1) * m))}:
./main.go:14:20:     from string(rune((n + 1) * m)) (spill) at ./main.go:14:20
./main.go:14:20:     from sink = string(rune((n + 1) * m)) (assign) at ./main.go:14:7
./main.go:15:20: string(rune(n << uint(2) + 1)) escapes to heap in main:
./main.go:15:20:   flow: {heap} ← &{storage for string(rune(n << uint(2) + 1))}:
./main.go:15:20:     from string(rune(n << uint(2) + 1)) (spill) at ./main.go:15:20
./main.go:15:20:     from sink = string(rune(n << uint(2) + 1)) (assign) at ./main.go:15:7
./main.go:16:20: string(rune(n * -2)) escapes to heap in main:
./main.go:16:20:   flow: {heap} ← &{storage for string(rune(n * -2))}:
./main.go:16:20:     from string(rune(n * -2)) (spill) at ./main.go:16:20
./main.go:16:20:     from sink = string(rune(n * -2)) (assign) at ./main.go:16:7
./main.go:17:20: string(rune(n &^ m % 3)) escapes to heap in main:
./main.go:17:20:   flow: {heap} ← &{storage for string(rune(n &^ m % 3))}:
./main.go:17:20:     from string(rune(n &^ m % 3)) (spill) at ./main.go:17:20
./main.go:17:20:     from sink = string(rune(n &^ m % 3)) (assign) at ./main.go:17:7
./main.go:18:20: string(rune(n / (m * 2))) escapes to heap in main:
./main.go:18:20:   flow: {heap} ← &{storage for string(rune(n / (m * 2)))}:
./main.go:18:20:     from string(rune(n / (m * 2))) (spill) at ./main.go:18:20
./main.go:18:20:     from sink = string(rune(n / (m * 2))) (assign) at ./main.go:18:7
./main.go:20:21: string(rune(m - -1)) escapes to heap in main:
./main.go:20:21:   flow: {heap} ← &{storage for string(rune(m - -1))}:
./main.go:20:21:     from string(rune(m - -1)) (spill) at ./main.go:20:21
./main.go:20:21:     from sink = string(rune(m - -1)) (assign) at ./main.go:20:8
./main.go:9:20: string(rune(-n)) escapes to heap
./main.go:10:20: string(rune(^n)) escapes to heap
./main.go:11:20: string(rune(- (-n))) escapes to heap
./main.go:12:20: string(rune(-(n + 1))) escapes to heap
./main.go:13:20: string(rune(n - (m + 1))) escapes to heap
./main.go:14:20: string(rune((n + 1) * m)) escapes to heap
./main.go:15:20: string(rune(n << uint(2) + 1)) escapes to heap
./main.go:16:20: string(rune(n * -2)) escapes to heap
./main.go:17:20: string(rune(n &^ m % 3)) escapes to heap
./main.go:18:20: string(rune(n / (m * 2))) escapes to heap
./main.go:20:21: string(rune(m - -1)) escapes to heap
