./main.go:8:10: mkf capturing by value: n (addr=false assign=false width=8)
./main.go:9:14: parameter s leaks to ~r0 for mkf.func1 with derefs=0:
./main.go:9:14:   flow: ~r0 ← s:
./main.go:9:14:     from s[n:] (slice) at ./main.go:9:41
./main.go:9:14:     from return s[n:] (return) at ./main.go:9:33
./main.go:9:9: func literal escapes to heap in mkf:
./main.go:9:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:9:9:     from func literal (spill) at ./main.go:9:9
./main.go:9:9:     from return func literal (return) at ./main.go:9:2
./main.go:8:10: parameter n leaks to {storage for func literal} for mkf with derefs=0:
./main.go:8:10:   flow: {storage for func literal} ← n:
./main.go:8:10:     from n (captured by a closure) at ./main.go:9:42
./main.go:9:14: parameter s leaks to ~r0 for mkf.func1 with derefs=0:
./main.go:9:14:   flow: ~r0 ← s:
./main.go:9:14:     from s[n:] (slice) at ./main.go:9:41
./main.go:9:14:     from return s[n:] (return) at ./main.go:9:33
./main.go:9:14: leaking param: s to result ~r0 level=0
./main.go:9:9: func literal escapes to heap
./main.go:13:9: func literal escapes to heap in strf:
./main.go:13:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:13:9:     from func literal (spill) at ./main.go:13:9
./main.go:13:9:     from return func literal (return) at ./main.go:13:2
./main.go:13:9: func literal escapes to heap
./main.go:17:29: &T{...} escapes to heap in main.func1:
./main.go:17:29:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:17:29:     from &T{...} (spill) at ./main.go:17:29
./main.go:17:29:     from return &T{...} (return) at ./main.go:17:22
./main.go:17:29: &T{...} escapes to heap
./main.go:18:44: ([]byte)((func literal)()) escapes to heap in main:
./main.go:18:44:   flow: {heap} ← &{storage for ([]byte)((func literal)())}:
./main.go:18:44:     from ([]byte)((func literal)()) (spill) at ./main.go:18:44
./main.go:18:44:     from sink = ([]byte)((func literal)()) (assign) at ./main.go:18:7
./main.go:19:22: ([]byte)(.autotmp_0()) escapes to heap in main:
./main.go:19:22:   flow: {heap} ← &{storage for ([]byte)(.autotmp_0())}:
./main.go:19:22:     from ([]byte)(.autotmp_0()) (spill) at ./main.go:19:22
./main.go:19:22:     from sink = ([]byte)(.autotmp_0()) (assign) at ./main.go:19:7
./main.go:20:22: ([]byte)(.autotmp_1("ab")) escapes to heap in main:
./main.go:20:22:   flow: {heap} ← &{storage for ([]byte)(.autotmp_1("ab"))}:
./main.go:20:22:     from ([]byte)(.autotmp_1("ab")) (spill) at ./main.go:20:22
./main.go:20:22:     from sink = ([]byte)(.autotmp_1("ab")) (assign) at ./main.go:20:7
./main.go:22:21: ([]byte)(fs[0]()) escapes to heap in main:
./main.go:22:21:   flow: {heap} ← &{storage for ([]byte)(fs[0]())}:
./main.go:22:21:     from ([]byte)(fs[0]()) (spill) at ./main.go:22:21
./main.go:22:21:     from sink = ([]byte)(fs[0]()) (assign) at ./main.go:22:7
./main.go:24:17: ([]byte)(f("cd")) escapes to heap in main:
./main.go:24:17:   flow: {heap} ← &{storage for ([]byte)(f("cd"))}:
./main.go:24:17:     from ([]byte)(f("cd")) (spill) at ./main.go:24:17
./main.go:24:17:     from sink = ([]byte)(f("cd")) (assign) at ./main.go:24:7
./main.go:17:10: func literal does not escape
./main.go:18:44: ([]byte)((func literal)()) escapes to heap
./main.go:18:16: func literal does not escape
./main.go:19:22: ([]byte)(.autotmp_0()) escapes to heap
./main.go:20:22: ([]byte)(.autotmp_1("ab")) escapes to heap
./main.go:21:23: []func() string{...} does not escape
./main.go:22:21: ([]byte)(fs[0]()) escapes to heap
./main.go:24:17: ([]byte)(f("cd")) escapes to heap
