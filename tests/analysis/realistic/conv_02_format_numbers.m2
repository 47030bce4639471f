./main.go:18:26: []string{...} escapes to heap in humanize:
./main.go:18:26:   flow: {temp} ← &{storage for []string{...}}:
./main.go:18:26:     from []string{...} (spill) at ./main.go:18:26
./main.go:18:26:     from append([]string{...}, parts...) (call parameter) at ./main.go:18:17
./main.go:18:26:   flow: {temp} ← {temp}:
./main.go:18:26:   flow: parts ← {temp}:
./main.go:18:26:     from parts = append([]string{...}, parts...) (assign) at ./main.go:18:9
./main.go:24:14: "-" + out escapes to heap in humanize:
./main.go:24:14:   flow: ~r0 ← &{storage for "-" + out}:
./main.go:24:14:     from "-" + out (spill) at ./main.go:24:14
./main.go:24:14:     from return "-" + out (return) at ./main.go:24:3
./main.go:18:26: []string{...} escapes to heap
./main.go:18:17: append does not escape
./main.go:21:25: []string{...} does not escape
./main.go:21:16: append does not escape
./main.go:24:14: "-" + out escapes to heap
./main.go:31:23: humanize(n) escapes to heap in main:
./main.go:31:23:   flow: {storage for ... argument} ← &{storage for humanize(n)}:
./main.go:31:23:     from humanize(n) (spill) at ./main.go:31:23
./main.go:31:23:     from ... argument (slice-literal-element) at ./main.go:31:14
./main.go:31:23:   flow: {heap} ← {storage for ... argument}:
./main.go:31:23:     from ... argument (spill) at ./main.go:31:14
./main.go:31:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:14
./main.go:37:20: string(buf) escapes to heap in main:
./main.go:37:20:   flow: {storage for ... argument} ← &{storage for string(buf)}:
./main.go:37:20:     from string(buf) (spill) at ./main.go:37:20
./main.go:37:20:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:20:   flow: {heap} ← {storage for ... argument}:
./main.go:37:20:     from ... argument (spill) at ./main.go:37:13
./main.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:39:27: v escapes to heap in main:
./main.go:39:27:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:39:27:     from v (spill) at ./main.go:39:27
./main.go:39:27:     from ... argument (slice-literal-element) at ./main.go:39:12
./main.go:39:27:   flow: {heap} ← {storage for ... argument}:
./main.go:39:27:     from ... argument (spill) at ./main.go:39:12
./main.go:39:27:     from fmt.Printf("%q %v %s\n", ... argument...) (call parameter) at ./main.go:39:12
./main.go:39:53: strconv.FormatUint(uint64(255), 16) escapes to heap in main:
./main.go:39:53:   flow: {storage for ... argument} ← &{storage for strconv.FormatUint(uint64(255), 16)}:
./main.go:39:53:     from strconv.FormatUint(uint64(255), 16) (spill) at ./main.go:39:53
./main.go:39:53:     from ... argument (slice-literal-element) at ./main.go:39:12
./main.go:39:53:   flow: {heap} ← {storage for ... argument}:
./main.go:39:53:     from ... argument (spill) at ./main.go:39:12
./main.go:39:53:     from fmt.Printf("%q %v %s\n", ... argument...) (call parameter) at ./main.go:39:12
./main.go:37:21: string(buf) escapes to heap in main:
./main.go:37:21:   flow: {storage for string(buf)} ← &{storage for string(buf)}:
./main.go:37:21:     from string(buf) (spill) at ./main.go:37:21
./main.go:37:21:     from string(buf) (interface-converted) at ./main.go:37:20
./main.go:30:27: []int64{...} does not escape
./main.go:31:14: ... argument does not escape
./main.go:31:23: humanize(n) escapes to heap
./main.go:33:13: make([]byte, 0, 32) does not escape
./main.go:35:14: append does not escape
./main.go:37:13: ... argument does not escape
./main.go:37:20: string(buf) escapes to heap
./main.go:37:21: string(buf) escapes to heap
./main.go:39:12: ... argument does not escape
./main.go:39:27: v escapes to heap
./main.go:39:53: strconv.FormatUint(uint64(255), 16) escapes to heap
