./main.go:15:11: a + b + c escapes to heap in main:
./main.go:15:11:   flow: {heap} ← &{storage for a + b + c}:
./main.go:15:11:     from a + b + c (spill) at ./main.go:15:11
./main.go:15:11:     from sink = a + b + c (assign) at ./main.go:15:7
./main.go:16:17: a + b + c escapes to heap in main:
./main.go:16:17:   flow: {heap} ← &{storage for a + b + c}:
./main.go:16:17:     from a + b + c (spill) at ./main.go:16:17
./main.go:16:17:     from sink = a + b + c (assign) at ./main.go:16:7
./main.go:17:11: a + "xy" escapes to heap in main:
./main.go:17:11:   flow: {heap} ← &{storage for a + "xy"}:
./main.go:17:11:     from a + "xy" (spill) at ./main.go:17:11
./main.go:17:11:     from sink = a + "xy" (assign) at ./main.go:17:7
./main.go:18:23: a + b + "z" + "w" escapes to heap in main:
./main.go:18:23:   flow: {heap} ← &{storage for a + b + "z" + "w"}:
./main.go:18:23:     from a + b + "z" + "w" (spill) at ./main.go:18:23
./main.go:18:23:     from sink = a + b + "z" + "w" (assign) at ./main.go:18:7
./main.go:19:17: a + b + c + a escapes to heap in main:
./main.go:19:17:   flow: {heap} ← &{storage for a + b + c + a}:
./main.go:19:17:     from a + b + c + a (spill) at ./main.go:19:17
./main.go:19:17:     from sink = a + b + c + a (assign) at ./main.go:19:7
./main.go:24:5: a + b + c escapes to heap in main:
./main.go:24:5:   flow: {heap} ← &{storage for a + b + c}:
./main.go:24:5:     from a + b + c (spill) at ./main.go:24:5
./main.go:24:5:     from sink = a + b + c (assign) at ./main.go:23:7
./main.go:15:11: a + b + c escapes to heap
./main.go:16:17: a + b + c escapes to heap
./main.go:17:11: a + "xy" escapes to heap
./main.go:18:23: a + b + "z" + "w" escapes to heap
./main.go:19:17: a + b + c + a escapes to heap
./main.go:20:9: a + b does not escape
./main.go:21:15: c + d + a + "q" does not escape
./main.go:24:5: a + b + c escapes to heap
