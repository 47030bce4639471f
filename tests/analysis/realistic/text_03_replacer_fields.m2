./main.go:9:34: ... argument does not escape
./main.go:16:6: sb escapes to heap in tag:
./main.go:16:6:   flow: {heap} ← &sb:
./main.go:16:6:     from &sb (address-of) at ./main.go:19:15
./main.go:16:6:     from &sb (interface-converted) at ./main.go:19:15
./main.go:16:6:     from fmt.Fprintf(&sb, " %s=\"%s\"", ... argument...) (call parameter) at ./main.go:19:14
./main.go:15:37: parameter body leaks to {heap} for tag with derefs=0:
./main.go:15:37:   flow: {heap} ← body:
./main.go:15:37:     from (*strings.Replacer).Replace(escaper, body) (call parameter) at ./main.go:22:32
./main.go:19:33: a.Name escapes to heap in tag:
./main.go:19:33:   flow: {storage for ... argument} ← &{storage for a.Name}:
./main.go:19:33:     from a.Name (spill) at ./main.go:19:33
./main.go:19:33:     from ... argument (slice-literal-element) at ./main.go:19:14
./main.go:19:33:   flow: {heap} ← {storage for ... argument}:
./main.go:19:33:     from ... argument (spill) at ./main.go:19:14
./main.go:19:33:     from fmt.Fprintf(&sb, " %s=\"%s\"", ... argument...) (call parameter) at ./main.go:19:14
./main.go:19:55: (*strings.Replacer).Replace(escaper, a.Value) escapes to heap in tag:
./main.go:19:55:   flow: {storage for ... argument} ← &{storage for (*strings.Replacer).Replace(escaper, a.Value)}:
./main.go:19:55:     from (*strings.Replacer).Replace(escaper, a.Value) (spill) at ./main.go:19:55
./main.go:19:55:     from ... argument (slice-literal-element) at ./main.go:19:14
./main.go:19:55:   flow: {heap} ← {storage for ... argument}:
./main.go:19:55:     from ... argument (spill) at ./main.go:19:14
./main.go:19:55:     from fmt.Fprintf(&sb, " %s=\"%s\"", ... argument...) (call parameter) at ./main.go:19:14
./main.go:15:23: parameter attrs leaks to {heap} for tag with derefs=1:
./main.go:15:23:   flow: {temp} ← attrs:
./main.go:15:23:   flow: a ← *{temp}:
./main.go:15:23:     from for loop (range-deref) at ./main.go:18:14
./main.go:15:23:   flow: {heap} ← a:
./main.go:15:23:     from a.Value (dot) at ./main.go:19:57
./main.go:15:23:     from (*strings.Replacer).Replace(escaper, a.Value) (call parameter) at ./main.go:19:55
./main.go:15:23: parameter attrs leaks to {storage for a.Name} for tag with derefs=1:
./main.go:15:23:   flow: {temp} ← attrs:
./main.go:15:23:   flow: a ← *{temp}:
./main.go:15:23:     from for loop (range-deref) at ./main.go:18:14
./main.go:15:23:   flow: {storage for a.Name} ← a:
./main.go:15:23:     from a.Name (dot) at ./main.go:19:33
./main.go:15:23:     from a.Name (interface-converted) at ./main.go:19:33
./main.go:15:10: name does not escape
./main.go:15:23: leaking param content: attrs
./main.go:15:37: leaking param: body
./main.go:16:6: moved to heap: sb
./main.go:17:21: "<" + name does not escape
./main.go:19:14: ... argument does not escape
./main.go:19:33: a.Name escapes to heap
./main.go:19:55: (*strings.Replacer).Replace(escaper, a.Value) escapes to heap
./main.go:23:29: "</" + name + ">" does not escape
./main.go:28:17: tag("a", []Attr{...}, "1 < 2") escapes to heap in main:
./main.go:28:17:   flow: {storage for ... argument} ← &{storage for tag("a", []Attr{...}, "1 < 2")}:
./main.go:28:17:     from tag("a", []Attr{...}, "1 < 2") (spill) at ./main.go:28:17
./main.go:28:17:     from ... argument (slice-literal-element) at ./main.go:28:13
./main.go:28:17:   flow: {heap} ← {storage for ... argument}:
./main.go:28:17:     from ... argument (spill) at ./main.go:28:13
./main.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:28:13
./main.go:30:14: parts escapes to heap in main:
./main.go:30:14:   flow: {storage for ... argument} ← &{storage for parts}:
./main.go:30:14:     from parts (spill) at ./main.go:30:14
./main.go:30:14:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:14:   flow: {heap} ← {storage for ... argument}:
./main.go:30:14:     from ... argument (spill) at ./main.go:30:13
./main.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:30:34: strings.Title("x") escapes to heap in main:
./main.go:30:34:   flow: {storage for ... argument} ← &{storage for strings.Title("x")}:
./main.go:30:34:     from strings.Title("x") (spill) at ./main.go:30:34
./main.go:30:34:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:34:   flow: {heap} ← {storage for ... argument}:
./main.go:30:34:     from ... argument (spill) at ./main.go:30:13
./main.go:30:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:30:52: strings.Map(func literal, "banana") escapes to heap in main:
./main.go:30:52:   flow: {storage for ... argument} ← &{storage for strings.Map(func literal, "banana")}:
./main.go:30:52:     from strings.Map(func literal, "banana") (spill) at ./main.go:30:52
./main.go:30:52:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:52:   flow: {heap} ← {storage for ... argument}:
./main.go:30:52:     from ... argument (spill) at ./main.go:30:13
./main.go:30:52:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:37:14: before escapes to heap in main:
./main.go:37:14:   flow: {storage for ... argument} ← &{storage for before}:
./main.go:37:14:     from before (spill) at ./main.go:37:14
./main.go:37:14:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:14:   flow: {heap} ← {storage for ... argument}:
./main.go:37:14:     from ... argument (spill) at ./main.go:37:13
./main.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:37:22: after escapes to heap in main:
./main.go:37:22:   flow: {storage for ... argument} ← &{storage for after}:
./main.go:37:22:     from after (spill) at ./main.go:37:22
./main.go:37:22:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:22:   flow: {heap} ← {storage for ... argument}:
./main.go:37:22:     from ... argument (spill) at ./main.go:37:13
./main.go:37:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:37:29: found escapes to heap in main:
./main.go:37:29:   flow: {storage for ... argument} ← &{storage for found}:
./main.go:37:29:     from found (spill) at ./main.go:37:29
./main.go:37:29:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:29:   flow: {heap} ← {storage for ... argument}:
./main.go:37:29:     from ... argument (spill) at ./main.go:37:13
./main.go:37:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:37:53: strings.LastIndex("go gopher", "go") escapes to heap in main:
./main.go:37:53:   flow: {storage for ... argument} ← &{storage for strings.LastIndex("go gopher", "go")}:
./main.go:37:53:     from strings.LastIndex("go gopher", "go") (spill) at ./main.go:37:53
./main.go:37:53:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:53:   flow: {heap} ← {storage for ... argument}:
./main.go:37:53:     from ... argument (spill) at ./main.go:37:13
./main.go:37:53:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:28:13: ... argument does not escape
./main.go:28:17: tag("a", []Attr{...}, "1 < 2") escapes to heap
./main.go:28:29: []Attr{...} does not escape
./main.go:29:43: func literal does not escape
./main.go:30:13: ... argument does not escape
./main.go:30:14: parts escapes to heap
./main.go:30:34: strings.Title("x") escapes to heap
./main.go:30:52: strings.Map(func literal, "banana") escapes to heap
./main.go:30:53: func literal does not escape
./main.go:37:13: ... argument does not escape
./main.go:37:14: before escapes to heap
./main.go:37:22: after escapes to heap
./main.go:37:29: found escapes to heap
./main.go:37:53: strings.LastIndex("go gopher", "go") escapes to heap
