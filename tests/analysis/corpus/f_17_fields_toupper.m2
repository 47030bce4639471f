./main.go:9:12: parameter s leaks to {heap} for shout with derefs=0:
./main.go:9:12:   flow: {heap} ← s:
./main.go:9:12:     from strings.Fields(s) (call parameter) at ./main.go:10:25
./main.go:11:13: make([]string, 0, len(words)) escapes to heap in shout:
./main.go:11:13:   flow: out ← &{storage for make([]string, 0, len(words))}:
./main.go:11:13:     from make([]string, 0, len(words)) (spill) at ./main.go:11:13
./main.go:11:13:     from out := make([]string, 0, len(words)) (assign) at ./main.go:11:6
./main.go:11:13:   flow: ~r0 ← out:
./main.go:11:13:     from return out (return) at ./main.go:15:2
./main.go:13:15: append(out, strings.ToUpper(w)) escapes to heap in shout:
./main.go:13:15:   flow: out ← &{storage for append(out, strings.ToUpper(w))}:
./main.go:13:15:     from append(out, strings.ToUpper(w)) (spill) at ./main.go:13:15
./main.go:13:15:     from out = append(out, strings.ToUpper(w)) (assign) at ./main.go:13:7
./main.go:13:15:   flow: ~r0 ← out:
./main.go:13:15:     from return out (return) at ./main.go:15:2
./main.go:9:12: leaking param: s
./main.go:11:13: make([]string, 0, len(words)) escapes to heap
./main.go:13:15: append escapes to heap
./main.go:20:13: w escapes to heap in main:
./main.go:20:13:   flow: {storage for ... argument} ← &{storage for w}:
./main.go:20:13:     from w (spill) at ./main.go:20:13
./main.go:20:13:     from ... argument (slice-literal-element) at ./main.go:20:12
./main.go:20:13:   flow: {heap} ← {storage for ... argument}:
./main.go:20:13:     from ... argument (spill) at ./main.go:20:12
./main.go:20:13:     from fmt.Print(... argument...) (call parameter) at ./main.go:20:12
./main.go:20:16: " " escapes to heap in main:
./main.go:20:16:   flow: {storage for ... argument} ← &{storage for " "}:
./main.go:20:16:     from " " (spill) at ./main.go:20:16
./main.go:20:16:     from ... argument (slice-literal-element) at ./main.go:20:12
./main.go:20:16:   flow: {heap} ← {storage for ... argument}:
./main.go:20:16:     from ... argument (spill) at ./main.go:20:12
./main.go:20:16:     from fmt.Print(... argument...) (call parameter) at ./main.go:20:12
./main.go:22:28: strings.Repeat("=", 3) escapes to heap in main:
./main.go:22:28:   flow: {storage for ... argument} ← &{storage for strings.Repeat("=", 3)}:
./main.go:22:28:     from strings.Repeat("=", 3) (spill) at ./main.go:22:28
./main.go:22:28:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:28:   flow: {heap} ← {storage for ... argument}:
./main.go:22:28:     from ... argument (spill) at ./main.go:22:13
./main.go:22:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:23:29: strings.Replace("aaa", "a", "b", 2) escapes to heap in main:
./main.go:23:29:   flow: {storage for ... argument} ← &{storage for strings.Replace("aaa", "a", "b", 2)}:
./main.go:23:29:     from strings.Replace("aaa", "a", "b", 2) (spill) at ./main.go:23:29
./main.go:23:29:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:29:   flow: {heap} ← {storage for ... argument}:
./main.go:23:29:     from ... argument (spill) at ./main.go:23:13
./main.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:23:66: strings.ToLower("ABC") escapes to heap in main:
./main.go:23:66:   flow: {storage for ... argument} ← &{storage for strings.ToLower("ABC")}:
./main.go:23:66:     from strings.ToLower("ABC") (spill) at ./main.go:23:66
./main.go:23:66:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:66:   flow: {heap} ← {storage for ... argument}:
./main.go:23:66:     from ... argument (spill) at ./main.go:23:13
./main.go:23:66:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:20:12: ... argument does not escape
./main.go:20:13: w escapes to heap
./main.go:20:16: " " escapes to heap
./main.go:22:13: ... argument does not escape
./main.go:22:28: strings.Repeat("=", 3) escapes to heap
./main.go:23:13: ... argument does not escape
./main.go:23:29: strings.Replace("aaa", "a", "b", 2) escapes to heap
./main.go:23:66: strings.ToLower("ABC") escapes to heap
