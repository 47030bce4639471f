./main.go:12:20: parameter s leaks to ~r0 for truncateRunes with derefs=0:
./main.go:12:20:   flow: ~r0 ← s:
./main.go:12:20:     from return s (return) at ./main.go:14:3
./main.go:19:19: s[:pos] + "…" escapes to heap in truncateRunes:
./main.go:19:19:   flow: ~r0 ← &{storage for s[:pos] + "…"}:
./main.go:19:19:     from s[:pos] + "…" (spill) at ./main.go:19:19
./main.go:19:19:     from return s[:pos] + "…" (return) at ./main.go:19:4
./main.go:12:20: leaking param: s to result ~r0 level=0
./main.go:19:19: s[:pos] + "…" escapes to heap
./main.go:27:21: map[string]int{} escapes to heap in classify:
./main.go:27:21:   flow: m ← &{storage for map[string]int{}}:
./main.go:27:21:     from map[string]int{} (spill) at ./main.go:27:21
./main.go:27:21:     from m := map[string]int{} (assign) at ./main.go:27:4
./main.go:27:21:   flow: ~r0 ← m:
./main.go:27:21:     from return m (return) at ./main.go:42:2
./main.go:26:15: s does not escape
./main.go:27:21: map[string]int{} escapes to heap
./main.go:47:27: truncateRunes(s, 6) escapes to heap in main:
./main.go:47:27:   flow: {storage for ... argument} ← &{storage for truncateRunes(s, 6)}:
./main.go:47:27:     from truncateRunes(s, 6) (spill) at ./main.go:47:27
./main.go:47:27:     from ... argument (slice-literal-element) at ./main.go:47:13
./main.go:47:27:   flow: {heap} ← {storage for ... argument}:
./main.go:47:27:     from ... argument (spill) at ./main.go:47:13
./main.go:47:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:47:13
./main.go:47:38: len(s) escapes to heap in main:
./main.go:47:38:   flow: {storage for ... argument} ← &{storage for len(s)}:
./main.go:47:38:     from len(s) (spill) at ./main.go:47:38
./main.go:47:38:     from ... argument (slice-literal-element) at ./main.go:47:13
./main.go:47:38:   flow: {heap} ← {storage for ... argument}:
./main.go:47:38:     from ... argument (spill) at ./main.go:47:13
./main.go:47:38:     from fmt.Println(... argument...) (call parameter) at ./main.go:47:13
./main.go:47:65: utf8.RuneCountInString(s) escapes to heap in main:
./main.go:47:65:   flow: {storage for ... argument} ← &{storage for utf8.RuneCountInString(s)}:
./main.go:47:65:     from utf8.RuneCountInString(s) (spill) at ./main.go:47:65
./main.go:47:65:     from ... argument (slice-literal-element) at ./main.go:47:13
./main.go:47:65:   flow: {heap} ← {storage for ... argument}:
./main.go:47:65:     from ... argument (spill) at ./main.go:47:13
./main.go:47:65:     from fmt.Println(... argument...) (call parameter) at ./main.go:47:13
./main.go:50:14: enc escapes to heap in main:
./main.go:50:14:   flow: {storage for ... argument} ← &{storage for enc}:
./main.go:50:14:     from enc (spill) at ./main.go:50:14
./main.go:50:14:     from ... argument (slice-literal-element) at ./main.go:50:13
./main.go:50:14:   flow: {heap} ← {storage for ... argument}:
./main.go:50:14:     from ... argument (spill) at ./main.go:50:13
./main.go:50:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:50:13
./main.go:50:25: string(utf16.Decode(enc)) escapes to heap in main:
./main.go:50:25:   flow: {storage for ... argument} ← &{storage for string(utf16.Decode(enc))}:
./main.go:50:25:     from string(utf16.Decode(enc)) (spill) at ./main.go:50:25
./main.go:50:25:     from ... argument (slice-literal-element) at ./main.go:50:13
./main.go:50:25:   flow: {heap} ← {storage for ... argument}:
./main.go:50:25:     from ... argument (spill) at ./main.go:50:13
./main.go:50:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:50:13
./main.go:50:62: utf8.ValidString("\xff") escapes to heap in main:
./main.go:50:62:   flow: {storage for ... argument} ← &{storage for utf8.ValidString("\xff")}:
./main.go:50:62:     from utf8.ValidString("\xff") (spill) at ./main.go:50:62
./main.go:50:62:     from ... argument (slice-literal-element) at ./main.go:50:13
./main.go:50:62:   flow: {heap} ← {storage for ... argument}:
./main.go:50:62:     from ... argument (spill) at ./main.go:50:13
./main.go:50:62:     from fmt.Println(... argument...) (call parameter) at ./main.go:50:13
./main.go:53:20: string(r) escapes to heap in main:
./main.go:53:20:   flow: {storage for ... argument} ← &{storage for string(r)}:
./main.go:53:20:     from string(r) (spill) at ./main.go:53:20
./main.go:53:20:     from ... argument (slice-literal-element) at ./main.go:53:13
./main.go:53:20:   flow: {heap} ← {storage for ... argument}:
./main.go:53:20:     from ... argument (spill) at ./main.go:53:13
./main.go:53:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:13
./main.go:53:25: size escapes to heap in main:
./main.go:53:25:   flow: {storage for ... argument} ← &{storage for size}:
./main.go:53:25:     from size (spill) at ./main.go:53:25
./main.go:53:25:     from ... argument (slice-literal-element) at ./main.go:53:13
./main.go:53:25:   flow: {heap} ← {storage for ... argument}:
./main.go:53:25:     from ... argument (spill) at ./main.go:53:13
./main.go:53:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:13
./main.go:53:50: strings.ToValidUTF8("a\xffb", "?") escapes to heap in main:
./main.go:53:50:   flow: {storage for ... argument} ← &{storage for strings.ToValidUTF8("a\xffb", "?")}:
./main.go:53:50:     from strings.ToValidUTF8("a\xffb", "?") (spill) at ./main.go:53:50
./main.go:53:50:     from ... argument (slice-literal-element) at ./main.go:53:13
./main.go:53:50:   flow: {heap} ← {storage for ... argument}:
./main.go:53:50:     from ... argument (spill) at ./main.go:53:13
./main.go:53:50:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:13
./main.go:53:21: string(r) escapes to heap in main:
./main.go:53:21:   flow: {storage for string(r)} ← &{storage for string(r)}:
./main.go:53:21:     from string(r) (spill) at ./main.go:53:21
./main.go:53:21:     from string(r) (interface-converted) at ./main.go:53:20
./main.go:50:38: string(utf16.Decode(enc)) escapes to heap in main:
./main.go:50:38:   flow: {storage for string(utf16.Decode(enc))} ← &{storage for string(utf16.Decode(enc))}:
./main.go:50:38:     from string(utf16.Decode(enc)) (spill) at ./main.go:50:38
./main.go:50:38:     from string(utf16.Decode(enc)) (interface-converted) at ./main.go:50:25
./main.go:47:13: ... argument does not escape
./main.go:47:27: truncateRunes(s, 6) escapes to heap
./main.go:47:38: len(s) escapes to heap
./main.go:47:65: utf8.RuneCountInString(s) escapes to heap
./main.go:48:13: ... argument does not escape
./main.go:49:29: []rune{...} does not escape
./main.go:50:13: ... argument does not escape
./main.go:50:14: enc escapes to heap
./main.go:50:25: string(utf16.Decode(enc)) escapes to heap
./main.go:50:38: string(utf16.Decode(enc)) escapes to heap
./main.go:50:62: utf8.ValidString("\xff") escapes to heap
./main.go:53:13: ... argument does not escape
./main.go:53:20: string(r) escapes to heap
./main.go:53:21: string(r) escapes to heap
./main.go:53:25: size escapes to heap
./main.go:53:50: strings.ToValidUTF8("a\xffb", "?") escapes to heap
