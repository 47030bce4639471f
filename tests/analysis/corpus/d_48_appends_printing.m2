./main.go:8:2: x escapes to heap in main:
./main.go:8:2:   flow: {heap} ← &x:
./main.go:8:2:     from &x (address-of) at ./main.go:10:24
./main.go:8:2:     from append(local, &x) (call parameter) at ./main.go:10:16
./main.go:11:2: y escapes to heap in main:
./main.go:11:2:   flow: {heap} ← &y:
./main.go:11:2:     from &y (address-of) at ./main.go:12:22
./main.go:11:2:     from append(sink, &y) (call parameter) at ./main.go:12:15
./main.go:12:15: append(sink, &y) escapes to heap in main:
./main.go:12:15:   flow: {heap} ← &{storage for append(sink, &y)}:
./main.go:12:15:     from append(sink, &y) (spill) at ./main.go:12:15
./main.go:12:15:     from sink = append(sink, &y) (assign) at ./main.go:12:7
./main.go:14:16: append(([]byte)(s), "def"...) escapes to heap in main:
./main.go:14:16:   flow: {heap} ← &{storage for append(([]byte)(s), "def"...)}:
./main.go:14:16:     from append(([]byte)(s), "def"...) (spill) at ./main.go:14:16
./main.go:14:16:     from sinkB = append(([]byte)(s), "def"...) (assign) at ./main.go:14:8
./main.go:14:24: ([]byte)(s) escapes to heap in main:
./main.go:14:24:   flow: {temp} ← &{storage for ([]byte)(s)}:
./main.go:14:24:     from ([]byte)(s) (spill) at ./main.go:14:24
./main.go:14:24:     from append(([]byte)(s), "def"...) (call parameter) at ./main.go:14:16
./main.go:14:24:   flow: {heap} ← {temp}:
./main.go:14:24:     from sinkB = append(([]byte)(s), "def"...) (assign) at ./main.go:14:8
./main.go:8:2: moved to heap: x
./main.go:11:2: moved to heap: y
./main.go:10:16: append does not escape
./main.go:12:15: append escapes to heap
./main.go:14:24: ([]byte)(s) escapes to heap
./main.go:14:16: append escapes to heap
./main.go:15:20: []byte{} does not escape
./main.go:15:13: append does not escape
./main.go:16:11: make([]byte, 3) does not escape
