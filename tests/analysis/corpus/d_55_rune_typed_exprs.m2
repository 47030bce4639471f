./main.go:10:18: string(r + 'a') escapes to heap in main:
./main.go:10:18:   flow: {heap} ← &{storage for string(r + 'a')}:
./main.go:10:18:     from string(r + 'a') (spill) at ./main.go:10:18
./main.go:10:18:     from sink = string(r + 'a') (assign) at ./main.go:10:7
./main.go:11:20: string(rune(b + byte(97))) escapes to heap in main:
./main.go:11:20:   flow: {heap} ← &{storage for string(rune(b + byte(97)))}:
./main.go:11:20:     from string(rune(b + byte(97))) (spill) at ./main.go:11:20
./main.go:11:20:     from sink = string(rune(b + byte(97))) (assign) at ./main.go:11:7
./main.go:12:20: string(rune(n + 97)) escapes to heap in main:
./main.go:12:20:   flow: {heap} ← &{storage for string(rune(n + 97))}:
./main.go:12:20:     from string(rune(n + 97)) (spill) at ./main.go:12:20
./main.go:12:20:     from sink = string(rune(n + 97)) (assign) at ./main.go:12:7
./main.go:13:18: string(r - '\n') escapes to heap in main:
./main.go:13:18:   flow: {heap} ← &{storage for string(r - '\n')}:
./main.go:13:18:     from string(r - '\n') (spill) at ./main.go:13:18
./main.go:13:18:     from sink = string(r - '\n') (assign) at ./main.go:13:7
./main.go:14:24: string(rune(b) * 'é') escapes to heap in main:
./main.go:14:24:   flow: {heap} ← &{storage for string(rune(b) * 'é')}:
./main.go:14:24:     from string(rune(b) * 'é') (spill) at ./main.go:14:24
./main.go:14:24:     from sink = string(rune(b) * 'é') (assign) at ./main.go:14:7
./main.go:15:18: string(r + '😀') escapes to heap in main:
./main.go:15:18:   flow: {heap} ← &{storage for string(r + '😀')}:
./main.go:15:18:     from string(r + '😀') (spill) at ./main.go:15:18
./main.go:15:18:     from sink = string(r + '😀') (assign) at ./main.go:15:7
./main.go:16:22: string(r & 'z' + '\x01') escapes to heap in main:
./main.go:16:22:   flow: {heap} ← &{storage for string(r & 'z' + '\x01')}:
./main.go:16:22:     from string(r & 'z' + '\x01') (spill) at ./main.go:16:22
./main.go:16:22:     from sink = string(r & 'z' + '\x01') (assign) at ./main.go:16:7
./main.go:10:18: string(r + 'a') escapes to heap
./main.go:11:20: string(rune(b + byte(97))) escapes to heap
./main.go:12:20: string(rune(n + 97)) escapes to heap
./main.go:13:18: string(r - '\n') escapes to heap
./main.go:14:24: string(rune(b) * 'é') escapes to heap
./main.go:15:18: string(r + '😀') escapes to heap
./main.go:16:22: string(r & 'z' + '\x01') escapes to heap
