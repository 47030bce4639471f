./main.go:13:26: expand capturing by value: lookup (addr=false assign=false width=8)
./main.go:13:13: parameter tmpl leaks to {heap} for expand with derefs=0:
./main.go:13:13:   flow: {heap} ← tmpl:
./main.go:13:13:     from (*regexp.Regexp).ReplaceAllStringFunc(varRE, tmpl, func literal) (call parameter) at ./main.go:14:35
./main.go:14:47: parameter m leaks to {heap} for expand.func1 with derefs=0:
./main.go:14:47:   flow: {heap} ← m:
./main.go:14:47:     from (*regexp.Regexp).FindStringSubmatch(varRE, m) (call parameter) at ./main.go:15:36
./main.go:13:13: leaking param: tmpl
./main.go:13:26: lookup does not escape
./main.go:14:47: leaking param: m
./main.go:14:42: func literal does not escape
./main.go:24:2: main capturing by value: env (addr=false assign=false width=8)
./main.go:25:17: parameter k leaks to {heap} for main.func1 with derefs=0:
./main.go:25:17:   flow: {heap} ← k:
./main.go:25:17:     from os.LookupEnv(k) (call parameter) at ./main.go:29:22
./main.go:32:14: s escapes to heap in main:
./main.go:32:14:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:32:14:     from s (spill) at ./main.go:32:14
./main.go:32:14:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:14:   flow: {heap} ← {storage for ... argument}:
./main.go:32:14:     from ... argument (spill) at ./main.go:32:13
./main.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:13
./main.go:33:27: strings.Count(s, "/") escapes to heap in main:
./main.go:33:27:   flow: {storage for ... argument} ← &{storage for strings.Count(s, "/")}:
./main.go:33:27:     from strings.Count(s, "/") (spill) at ./main.go:33:27
./main.go:33:27:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:27:   flow: {heap} ← {storage for ... argument}:
./main.go:33:27:     from ... argument (spill) at ./main.go:33:13
./main.go:33:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:25:17: leaking param: k
./main.go:24:26: map[string]string{...} does not escape
./main.go:25:12: func literal does not escape
./main.go:32:13: ... argument does not escape
./main.go:32:14: s escapes to heap
./main.go:33:13: ... argument does not escape
./main.go:33:27: strings.Count(s, "/") escapes to heap
