./main.go:16:31: &Trie{...} escapes to heap in NewTrie:
./main.go:16:31:   flow: ~r0 ← &{storage for &Trie{...}}:
./main.go:16:31:     from &Trie{...} (spill) at ./main.go:16:31
./main.go:16:31:     from return &Trie{...} (return) at ./main.go:16:24
./main.go:16:61: map[rune]*Trie{} escapes to heap in NewTrie:
./main.go:16:61:   flow: {storage for &Trie{...}} ← &{storage for map[rune]*Trie{}}:
./main.go:16:61:     from map[rune]*Trie{} (spill) at ./main.go:16:61
./main.go:16:61:     from Trie{...} (struct literal element) at ./main.go:16:36
./main.go:16:31: &Trie{...} escapes to heap
./main.go:16:61: map[rune]*Trie{} escapes to heap
./main.go:18:7: t does not escape
./main.go:18:23: w does not escape
./main.go:34:30: string(prefix) escapes to heap in (*Trie).collect:
./main.go:34:30:   flow: {heap} ← &{storage for string(prefix)}:
./main.go:34:30:     from string(prefix) (spill) at ./main.go:34:30
./main.go:34:30:     from append(*out, string(prefix)) (call parameter) at ./main.go:34:16
./main.go:34:16: append(*out, string(prefix)) escapes to heap in (*Trie).collect:
./main.go:34:16:   flow: {heap} ← &{storage for append(*out, string(prefix))}:
./main.go:34:16:     from append(*out, string(prefix)) (spill) at ./main.go:34:16
./main.go:34:16:     from *out = append(*out, string(prefix)) (assign) at ./main.go:34:8
./main.go:32:39: parameter out leaks to {heap} for (*Trie).collect with derefs=1:
./main.go:32:39:   flow: {temp} ← *out:
./main.go:32:39:     from *out (indirection) at ./main.go:34:17
./main.go:32:39:     from append(*out, string(prefix)) (call parameter) at ./main.go:34:16
./main.go:32:39:   flow: {temp} ← {temp}:
./main.go:32:39:   flow: {heap} ← {temp}:
./main.go:32:39:     from *out = append(*out, string(prefix)) (assign) at ./main.go:34:8
./main.go:32:7: t does not escape
./main.go:32:24: prefix does not escape
./main.go:32:39: leaking param content: out
./main.go:34:30: string(prefix) escapes to heap
./main.go:34:16: append escapes to heap
./main.go:37:19: append does not escape
./main.go:41:7: t does not escape
./main.go:41:25: prefix does not escape
./main.go:51:19: ([]rune)(prefix) does not escape
./main.go:61:24: (*Trie).Complete(t, "go") escapes to heap in main:
./main.go:61:24:   flow: {storage for ... argument} ← &{storage for (*Trie).Complete(t, "go")}:
./main.go:61:24:     from (*Trie).Complete(t, "go") (spill) at ./main.go:61:24
./main.go:61:24:     from ... argument (slice-literal-element) at ./main.go:61:13
./main.go:61:24:   flow: {heap} ← {storage for ... argument}:
./main.go:61:24:     from ... argument (spill) at ./main.go:61:13
./main.go:61:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:61:13
./main.go:61:42: (*Trie).Complete(t, "he") escapes to heap in main:
./main.go:61:42:   flow: {storage for ... argument} ← &{storage for (*Trie).Complete(t, "he")}:
./main.go:61:42:     from (*Trie).Complete(t, "he") (spill) at ./main.go:61:42
./main.go:61:42:     from ... argument (slice-literal-element) at ./main.go:61:13
./main.go:61:42:   flow: {heap} ← {storage for ... argument}:
./main.go:61:42:     from ... argument (spill) at ./main.go:61:13
./main.go:61:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:61:13
./main.go:61:60: (*Trie).Complete(t, "x") escapes to heap in main:
./main.go:61:60:   flow: {storage for ... argument} ← &{storage for (*Trie).Complete(t, "x")}:
./main.go:61:60:     from (*Trie).Complete(t, "x") (spill) at ./main.go:61:60
./main.go:61:60:     from ... argument (slice-literal-element) at ./main.go:61:13
./main.go:61:60:   flow: {heap} ← {storage for ... argument}:
./main.go:61:60:     from ... argument (spill) at ./main.go:61:13
./main.go:61:60:     from fmt.Println(... argument...) (call parameter) at ./main.go:61:13
./main.go:61:13: ... argument does not escape
./main.go:61:24: (*Trie).Complete(t, "go") escapes to heap
./main.go:61:42: (*Trie).Complete(t, "he") escapes to heap
./main.go:61:60: (*Trie).Complete(t, "x") escapes to heap
