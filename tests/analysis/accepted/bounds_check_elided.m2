./main.go:10:7: t does not escape
./main.go:17:8: a capturing by value: i (addr=false assign=false width=8)
./main.go:17:8: a capturing by value: i (addr=false assign=false width=8)
./main.go:18:7: func literal does not escape
./main.go:19:7: func literal does not escape
./main.go:41:6: wide escapes to heap in more:
./main.go:41:6:   flow: {heap} ← &wide:
./main.go:41:6:     from wide (too large for stack) at ./main.go:41:6
./main.go:39:28: sl does not escape
./main.go:41:6: moved to heap: wide
./main.go:28:7: &T{} does not escape
./main.go:34:35: []int{...} does not escape
./main.go:6:13: index bounds check elided
./main.go:23:13: index bounds check elided
./main.go:37:13: index bounds check elided
./main.go:10:40: index bounds check elided
./main.go:20:16: index bounds check elided
./main.go:20:12: index bounds check elided
./main.go:20:44: index bounds check elided
./main.go:19:30: index bounds check elided
./main.go:18:30: index bounds check elided
./main.go:25:26: index bounds check elided
./main.go:30:5: index bounds check elided
./main.go:32:11: index bounds check elided
./main.go:32:25: index bounds check elided
./main.go:34:11: index bounds check elided
./main.go:42:16: index bounds check elided
./main.go:43:9: index bounds check elided
./main.go:43:24: index bounds check elided
./main.go:46:28: index bounds check elided
./main.go:14:12: index bounds check elided
