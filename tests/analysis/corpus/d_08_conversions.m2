./main.go:16:19: ([]byte)(s) escapes to heap in main:
./main.go:16:19:   flow: {heap} ← &{storage for ([]byte)(s)}:
./main.go:16:19:     from ([]byte)(s) (spill) at ./main.go:16:19
./main.go:16:19:     from sinkB = ([]byte)(s) (assign) at ./main.go:16:8
./main.go:17:17: ([]rune)(s) escapes to heap in main:
./main.go:17:17:   flow: {heap} ← &{storage for ([]rune)(s)}:
./main.go:17:17:     from ([]rune)(s) (spill) at ./main.go:17:17
./main.go:17:17:     from sinkR = ([]rune)(s) (assign) at ./main.go:17:8
./main.go:18:17: string(b) escapes to heap in main:
./main.go:18:17:   flow: {heap} ← &{storage for string(b)}:
./main.go:18:17:     from string(b) (spill) at ./main.go:18:17
./main.go:18:17:     from sinkS = string(b) (assign) at ./main.go:18:8
./main.go:19:17: string(r) escapes to heap in main:
./main.go:19:17:   flow: {heap} ← &{storage for string(r)}:
./main.go:19:17:     from string(r) (spill) at ./main.go:19:17
./main.go:19:17:     from sinkS = string(r) (assign) at ./main.go:19:8
./main.go:20:18: string(b[1:3]) escapes to heap in main:
./main.go:20:18:   flow: {heap} ← &{storage for string(b[1:3])}:
./main.go:20:18:     from string(b[1:3]) (spill) at ./main.go:20:18
./main.go:20:18:     from sinkS = string(b[1:3]) (assign) at ./main.go:20:8
./main.go:21:23: ([]byte)(string(b)) escapes to heap in main:
./main.go:21:23:   flow: {heap} ← &{storage for ([]byte)(string(b))}:
./main.go:21:23:     from ([]byte)(string(b)) (spill) at ./main.go:21:23
./main.go:21:23:     from sinkB = ([]byte)(string(b)) (assign) at ./main.go:21:8
./main.go:22:21: string(rune(n)) escapes to heap in main:
./main.go:22:21:   flow: {heap} ← &{storage for string(rune(n))}:
./main.go:22:21:     from string(rune(n)) (spill) at ./main.go:22:21
./main.go:22:21:     from sinkS = string(rune(n)) (assign) at ./main.go:22:8
./main.go:23:16: Bytes(s) escapes to heap in main:
./main.go:23:16:   flow: {heap} ← &{storage for Bytes(s)}:
./main.go:23:16:     from Bytes(s) (spill) at ./main.go:23:16
./main.go:23:16:     from sinkB = Bytes(s) (assign) at ./main.go:23:8
./main.go:24:21: Str(b) escapes to heap in main:
./main.go:24:21:   flow: {heap} ← &{storage for Str(b)}:
./main.go:24:21:     from Str(b) (spill) at ./main.go:24:21
./main.go:24:21:     from sinkS = string(Str(b)) (assign) at ./main.go:24:8
./main.go:25:20: ([]byte)(Str("lit")) escapes to heap in main:
./main.go:25:20:   flow: {heap} ← &{storage for ([]byte)(Str("lit"))}:
./main.go:25:20:     from ([]byte)(Str("lit")) (spill) at ./main.go:25:20
./main.go:25:20:     from sinkB = ([]byte)(Str("lit")) (assign) at ./main.go:25:8
./main.go:26:22: string(Bytes("lit2")) escapes to heap in main:
./main.go:26:22:   flow: {heap} ← &{storage for string(Bytes("lit2"))}:
./main.go:26:22:     from string(Bytes("lit2")) (spill) at ./main.go:26:22
./main.go:26:22:     from sinkS = string(Bytes("lit2")) (assign) at ./main.go:26:8
./main.go:13:13: []byte{...} does not escape
./main.go:14:13: []rune{...} does not escape
./main.go:16:19: ([]byte)(s) escapes to heap
./main.go:17:17: ([]rune)(s) escapes to heap
./main.go:18:17: string(b) escapes to heap
./main.go:19:17: string(r) escapes to heap
./main.go:20:18: string(b[1:3]) escapes to heap
./main.go:21:23: ([]byte)(string(b)) escapes to heap
./main.go:21:24: string(b) does not escape
./main.go:22:21: string(rune(n)) escapes to heap
./main.go:23:16: Bytes(s) escapes to heap
./main.go:24:21: Str(b) escapes to heap
./main.go:25:20: ([]byte)(Str("lit")) escapes to heap
./main.go:26:22: string(Bytes("lit2")) escapes to heap
./main.go:26:23: Bytes("lit2") does not escape
./main.go:26:23: zero-copy string->[]byte conversion
