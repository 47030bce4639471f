./main.go:11:19: parameter s leaks to {heap} for parseVersion with derefs=0:
./main.go:11:19:   flow: {heap} ← s:
./main.go:11:19:     from (*regexp.Regexp).FindStringSubmatch(semver, s) (call parameter) at ./main.go:12:32
./main.go:14:58: s escapes to heap in parseVersion:
./main.go:14:58:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:14:58:     from s (spill) at ./main.go:14:58
./main.go:14:58:     from ... argument (slice-literal-element) at ./main.go:14:25
./main.go:14:58:   flow: {heap} ← {storage for ... argument}:
./main.go:14:58:     from ... argument (spill) at ./main.go:14:25
./main.go:14:58:     from fmt.Errorf("%q is not a semantic version", ... argument...) (call parameter) at ./main.go:14:25
./main.go:11:19: parameter s leaks to {storage for s} for parseVersion with derefs=0:
./main.go:11:19:   flow: {storage for s} ← s:
./main.go:11:19:     from s (interface-converted) at ./main.go:14:58
./main.go:16:13: make(map[string]string) escapes to heap in parseVersion:
./main.go:16:13:   flow: out ← &{storage for make(map[string]string)}:
./main.go:16:13:     from make(map[string]string) (spill) at ./main.go:16:13
./main.go:16:13:     from out := make(map[string]string) (assign) at ./main.go:16:6
./main.go:16:13:   flow: ~r0 ← out:
./main.go:16:13:     from return out, nil (return) at ./main.go:22:2
./main.go:11:19: leaking param: s
./main.go:14:25: ... argument does not escape
./main.go:14:58: s escapes to heap
./main.go:16:13: make(map[string]string) escapes to heap
./main.go:29:16: "error:" escapes to heap in main:
./main.go:29:16:   flow: {storage for ... argument} ← &{storage for "error:"}:
./main.go:29:16:     from "error:" (spill) at ./main.go:29:16
./main.go:29:16:     from ... argument (slice-literal-element) at ./main.go:29:15
./main.go:29:16:   flow: {heap} ← {storage for ... argument}:
./main.go:29:16:     from ... argument (spill) at ./main.go:29:15
./main.go:29:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:15
./main.go:32:20: parts["major"] escapes to heap in main:
./main.go:32:20:   flow: {storage for ... argument} ← &{storage for parts["major"]}:
./main.go:32:20:     from parts["major"] (spill) at ./main.go:32:20
./main.go:32:20:     from ... argument (slice-literal-element) at ./main.go:32:14
./main.go:32:20:   flow: {heap} ← {storage for ... argument}:
./main.go:32:20:     from ... argument (spill) at ./main.go:32:14
./main.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:14
./main.go:32:36: parts["minor"] escapes to heap in main:
./main.go:32:36:   flow: {storage for ... argument} ← &{storage for parts["minor"]}:
./main.go:32:36:     from parts["minor"] (spill) at ./main.go:32:36
./main.go:32:36:     from ... argument (slice-literal-element) at ./main.go:32:14
./main.go:32:36:   flow: {heap} ← {storage for ... argument}:
./main.go:32:36:     from ... argument (spill) at ./main.go:32:14
./main.go:32:36:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:14
./main.go:32:52: parts["patch"] escapes to heap in main:
./main.go:32:52:   flow: {storage for ... argument} ← &{storage for parts["patch"]}:
./main.go:32:52:     from parts["patch"] (spill) at ./main.go:32:52
./main.go:32:52:     from ... argument (slice-literal-element) at ./main.go:32:14
./main.go:32:52:   flow: {heap} ← {storage for ... argument}:
./main.go:32:52:     from ... argument (spill) at ./main.go:32:14
./main.go:32:52:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:14
./main.go:32:68: parts["pre"] escapes to heap in main:
./main.go:32:68:   flow: {storage for ... argument} ← &{storage for parts["pre"]}:
./main.go:32:68:     from parts["pre"] (spill) at ./main.go:32:68
./main.go:32:68:     from ... argument (slice-literal-element) at ./main.go:32:14
./main.go:32:68:   flow: {heap} ← {storage for ... argument}:
./main.go:32:68:     from ... argument (spill) at ./main.go:32:14
./main.go:32:68:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:14
./main.go:35:34: (*regexp.Regexp).FindAllString(emails, "contact a@b.io or c.d+x@mail.example.org", -1) escapes to heap in main:
./main.go:35:34:   flow: {storage for ... argument} ← &{storage for (*regexp.Regexp).FindAllString(emails, "contact a@b.io or c.d+x@mail.example.org", -1)}:
./main.go:35:34:     from (*regexp.Regexp).FindAllString(emails, "contact a@b.io or c.d+x@mail.example.org", -1) (spill) at ./main.go:35:34
./main.go:35:34:     from ... argument (slice-literal-element) at ./main.go:35:13
./main.go:35:34:   flow: {heap} ← {storage for ... argument}:
./main.go:35:34:     from ... argument (spill) at ./main.go:35:13
./main.go:35:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:35:13
./main.go:36:32: (*regexp.Regexp).MatchString(emails, "nobody") escapes to heap in main:
./main.go:36:32:   flow: {storage for ... argument} ← &{storage for (*regexp.Regexp).MatchString(emails, "nobody")}:
./main.go:36:32:     from (*regexp.Regexp).MatchString(emails, "nobody") (spill) at ./main.go:36:32
./main.go:36:32:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:32:   flow: {heap} ← {storage for ... argument}:
./main.go:36:32:     from ... argument (spill) at ./main.go:36:13
./main.go:36:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:26:28: []string{...} does not escape
./main.go:29:15: ... argument does not escape
./main.go:29:16: "error:" escapes to heap
./main.go:32:14: ... argument does not escape
./main.go:32:20: parts["major"] escapes to heap
./main.go:32:36: parts["minor"] escapes to heap
./main.go:32:52: parts["patch"] escapes to heap
./main.go:32:68: parts["pre"] escapes to heap
./main.go:35:13: ... argument does not escape
./main.go:35:34: (*regexp.Regexp).FindAllString(emails, "contact a@b.io or c.d+x@mail.example.org", -1) escapes to heap
./main.go:36:13: ... argument does not escape
./main.go:36:32: (*regexp.Regexp).MatchString(emails, "nobody") escapes to heap
