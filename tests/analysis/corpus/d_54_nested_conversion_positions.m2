./main.go:15:23: ([]byte)(string(rune(n))) escapes to heap in main:
./main.go:15:23:   flow: {heap} ← &{storage for ([]byte)(string(rune(n)))}:
./main.go:15:23:     from ([]byte)(string(rune(n))) (spill) at ./main.go:15:23
./main.go:15:23:     from sinkB = ([]byte)(string(rune(n))) (assign) at ./main.go:15:8
./main.go:16:23: string(([]byte)(s)) escapes to heap in main:
./main.go:16:23:   flow: {heap} ← &{storage for string(([]byte)(s))}:
./main.go:16:23:     from string(([]byte)(s)) (spill) at ./main.go:16:23
./main.go:16:23:     from sinkS = string(([]byte)(s)) (assign) at ./main.go:16:8
./main.go:17:23: ([]rune)(string(b)) escapes to heap in main:
./main.go:17:23:   flow: {heap} ← &{storage for ([]rune)(string(b))}:
./main.go:17:23:     from ([]rune)(string(b)) (spill) at ./main.go:17:23
./main.go:17:23:     from sinkR = ([]rune)(string(b)) (assign) at ./main.go:17:8
./main.go:18:18: ([]byte)(S(s)) escapes to heap in main:
./main.go:18:18:   flow: {heap} ← &{storage for ([]byte)(S(s))}:
./main.go:18:18:     from ([]byte)(S(s)) (spill) at ./main.go:18:18
./main.go:18:18:     from sinkB = ([]byte)(S(s)) (assign) at ./main.go:18:8
./main.go:19:22: string(Bytes(b)) escapes to heap in main:
./main.go:19:22:   flow: {heap} ← &{storage for string(Bytes(b))}:
./main.go:19:22:     from string(Bytes(b)) (spill) at ./main.go:19:22
./main.go:19:22:     from sinkS = string(Bytes(b)) (assign) at ./main.go:19:8
./main.go:20:24: string(b[:n]) + string(rune(n)) escapes to heap in main:
./main.go:20:24:   flow: {heap} ← &{storage for string(b[:n]) + string(rune(n))}:
./main.go:20:24:     from string(b[:n]) + string(rune(n)) (spill) at ./main.go:20:24
./main.go:20:24:     from sinkS = string(b[:n]) + string(rune(n)) (assign) at ./main.go:20:8
./main.go:21:18: ([]byte)(s[1:]) escapes to heap in main:
./main.go:21:18:   flow: {heap} ← &{storage for ([]byte)(s[1:])}:
./main.go:21:18:     from ([]byte)(s[1:]) (spill) at ./main.go:21:18
./main.go:21:18:     from sinkB = ([]byte)(s[1:]) (assign) at ./main.go:21:8
./main.go:22:17: ([]byte)(s) escapes to heap in main:
./main.go:22:17:   flow: {heap} ← &{storage for ([]byte)(s)}:
./main.go:22:17:     from ([]byte)(s) (spill) at ./main.go:22:17
./main.go:22:17:     from sinkB = ([]byte)(s) (assign) at ./main.go:22:8
./main.go:13:13: []byte{...} does not escape
./main.go:15:23: ([]byte)(string(rune(n))) escapes to heap
./main.go:15:28: string(rune(n)) does not escape
./main.go:16:23: string(([]byte)(s)) escapes to heap
./main.go:16:24: ([]byte)(s) does not escape
./main.go:16:24: zero-copy string->[]byte conversion
./main.go:17:23: ([]rune)(string(b)) escapes to heap
./main.go:17:24: string(b) does not escape
./main.go:18:18: ([]byte)(S(s)) escapes to heap
./main.go:19:22: string(Bytes(b)) escapes to heap
./main.go:20:24: string(b[:n]) + string(rune(n)) escapes to heap
./main.go:20:18: string(b[:n]) does not escape
./main.go:20:37: string(rune(n)) does not escape
./main.go:21:18: ([]byte)(s[1:]) escapes to heap
./main.go:22:17: ([]byte)(s) escapes to heap
