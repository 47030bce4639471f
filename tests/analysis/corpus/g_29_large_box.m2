./main.go:10:13: v does not escape
./main.go:19:9: huge escapes to heap in main:
./main.go:19:9:   flow: {heap} ← &{storage for huge}:
./main.go:19:9:     from huge (spill) at ./main.go:19:9
./main.go:19:9:     from sink = huge (assign) at ./main.go:19:7
./main.go:18:6: huge escapes to heap in main:
./main.go:18:6:   flow: {heap} ← &huge:
./main.go:18:6:     from huge (too large for stack) at ./main.go:18:6
./main.go:18:6: moved to heap: huge
./main.go:15:17: b does not escape
./main.go:17:17: s does not escape
./main.go:19:9: huge escapes to heap
./main.go:20:18: any(Big{}) does not escape
