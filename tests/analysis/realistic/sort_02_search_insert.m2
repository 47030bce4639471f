./main.go:20:19: append(ix.words, "") escapes to heap in (*Index).Add:
./main.go:20:19:   flow: {heap} ← &{storage for append(ix.words, "")}:
./main.go:20:19:     from append(ix.words, "") (spill) at ./main.go:20:19
./main.go:20:19:     from ix.words = append(ix.words, "") (assign) at ./main.go:20:11
./main.go:14:7: parameter ix leaks to {heap} for (*Index).Add with derefs=1:
./main.go:14:7:   flow: {temp} ← *ix:
./main.go:14:7:     from ix.words (dot of pointer) at ./main.go:20:22
./main.go:14:7:     from append(ix.words, "") (call parameter) at ./main.go:20:19
./main.go:14:7:   flow: {temp} ← {temp}:
./main.go:14:7:   flow: {heap} ← {temp}:
./main.go:14:7:     from ix.words = append(ix.words, "") (assign) at ./main.go:20:11
./main.go:14:22: parameter w leaks to {heap} for (*Index).Add with derefs=0:
./main.go:14:22:   flow: {heap} ← w:
./main.go:14:22:     from ix.words[i] = w (assign) at ./main.go:22:14
./main.go:14:7: leaking param content: ix
./main.go:14:22: leaking param: w
./main.go:20:19: append escapes to heap
./main.go:25:7: (*Index).Prefix capturing by value: ix (addr=false assign=false width=8)
./main.go:25:25: (*Index).Prefix capturing by value: p (addr=false assign=false width=16)
./main.go:25:7: parameter ix leaks to {heap} for (*Index).Prefix with derefs=2:
./main.go:25:7:   flow: {heap} ← **ix:
./main.go:25:7:     from ix.words (dot of pointer) at ./main.go:29:23
./main.go:25:7:     from ix.words[i] (dot of pointer) at ./main.go:29:29
./main.go:25:7:     from append(out, ix.words[i]) (call parameter) at ./main.go:29:15
./main.go:29:15: append(out, ix.words[i]) escapes to heap in (*Index).Prefix:
./main.go:29:15:   flow: out ← &{storage for append(out, ix.words[i])}:
./main.go:29:15:     from append(out, ix.words[i]) (spill) at ./main.go:29:15
./main.go:29:15:     from out = append(out, ix.words[i]) (assign) at ./main.go:29:7
./main.go:29:15:   flow: ~r0 ← out:
./main.go:29:15:     from return out (return) at ./main.go:31:2
./main.go:25:7: leaking param content: ix
./main.go:25:25: p does not escape
./main.go:26:34: func literal does not escape
./main.go:29:15: append escapes to heap
./main.go:39:16: ix.words escapes to heap in main:
./main.go:39:16:   flow: {storage for ... argument} ← &{storage for ix.words}:
./main.go:39:16:     from ix.words (spill) at ./main.go:39:16
./main.go:39:16:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:16:   flow: {heap} ← {storage for ... argument}:
./main.go:39:16:     from ... argument (spill) at ./main.go:39:13
./main.go:39:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:40:23: (*Index).Prefix(ix, "go") escapes to heap in main:
./main.go:40:23:   flow: {storage for ... argument} ← &{storage for (*Index).Prefix(ix, "go")}:
./main.go:40:23:     from (*Index).Prefix(ix, "go") (spill) at ./main.go:40:23
./main.go:40:23:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:23:   flow: {heap} ← {storage for ... argument}:
./main.go:40:23:     from ... argument (spill) at ./main.go:40:13
./main.go:40:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:40:40: (*Index).Prefix(ix, "ru") escapes to heap in main:
./main.go:40:40:   flow: {storage for ... argument} ← &{storage for (*Index).Prefix(ix, "ru")}:
./main.go:40:40:     from (*Index).Prefix(ix, "ru") (spill) at ./main.go:40:40
./main.go:40:40:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:40:   flow: {heap} ← {storage for ... argument}:
./main.go:40:40:     from ... argument (spill) at ./main.go:40:13
./main.go:40:40:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:40:57: (*Index).Prefix(ix, "z") escapes to heap in main:
./main.go:40:57:   flow: {storage for ... argument} ← &{storage for (*Index).Prefix(ix, "z")}:
./main.go:40:57:     from (*Index).Prefix(ix, "z") (spill) at ./main.go:40:57
./main.go:40:57:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:57:   flow: {heap} ← {storage for ... argument}:
./main.go:40:57:     from ... argument (spill) at ./main.go:40:13
./main.go:40:57:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:35:8: &Index{} does not escape
./main.go:39:13: ... argument does not escape
./main.go:39:16: ix.words escapes to heap
./main.go:40:13: ... argument does not escape
./main.go:40:23: (*Index).Prefix(ix, "go") escapes to heap
./main.go:40:40: (*Index).Prefix(ix, "ru") escapes to heap
./main.go:40:57: (*Index).Prefix(ix, "z") escapes to heap
