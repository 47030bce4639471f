./main.go:33:18: append(l.items, item{...}) escapes to heap in (*lexer).emit:
./main.go:33:18:   flow: {heap} ← &{storage for append(l.items, item{...})}:
./main.go:33:18:     from append(l.items, item{...}) (spill) at ./main.go:33:18
./main.go:33:18:     from l.items = append(l.items, item{...}) (assign) at ./main.go:33:10
./main.go:34:10: (*lexer).emit ignoring self-assignment in l.start = l.pos
./main.go:32:7: parameter l leaks to {heap} for (*lexer).emit with derefs=1:
./main.go:32:7:   flow: {heap} ← *l:
./main.go:32:7:     from l.input (dot of pointer) at ./main.go:33:37
./main.go:32:7:     from l.input[l.start:l.pos] (slice) at ./main.go:33:43
./main.go:32:7:     from item{...} (struct literal element) at ./main.go:33:32
./main.go:32:7:     from append(l.items, item{...}) (call parameter) at ./main.go:33:18
./main.go:32:7: leaking param content: l
./main.go:33:18: append escapes to heap
./main.go:44:11: lexText ignoring self-assignment in l.start = l.pos
./main.go:59:12: lexAction ignoring self-assignment in l.start = l.pos
./main.go:64:20: append(l.items, item{...}) escapes to heap in lexAction:
./main.go:64:20:   flow: {heap} ← &{storage for append(l.items, item{...})}:
./main.go:64:20:     from append(l.items, item{...}) (spill) at ./main.go:64:20
./main.go:64:20:     from l.items = append(l.items, item{...}) (assign) at ./main.go:64:12
./main.go:69:18: append(l.items, item{...}) escapes to heap in lexAction:
./main.go:69:18:   flow: {heap} ← &{storage for append(l.items, item{...})}:
./main.go:69:18:     from append(l.items, item{...}) (spill) at ./main.go:69:18
./main.go:69:18:     from l.items = append(l.items, item{...}) (assign) at ./main.go:69:10
./main.go:37:14: parameter l leaks to {heap} for lexText with derefs=1:
./main.go:37:14:   flow: {temp} ← l:
./main.go:37:14:     from (*lexer).emit(l, itemType(0)) (call parameter) at ./main.go:41:10
./main.go:37:14:   flow: {heap} ← *{temp}:
./main.go:54:16: parameter l leaks to {heap} for lexAction with derefs=1:
./main.go:54:16:   flow: {temp} ← l:
./main.go:54:16:     from (*lexer).emit(l, itemType(1)) (call parameter) at ./main.go:57:10
./main.go:54:16:   flow: {heap} ← *{temp}:
./main.go:64:73: r escapes to heap in lexAction:
./main.go:64:73:   flow: {storage for ... argument} ← &{storage for r}:
./main.go:64:73:     from r (spill) at ./main.go:64:73
./main.go:64:73:     from ... argument (slice-literal-element) at ./main.go:64:57
./main.go:64:73:   flow: {heap} ← {storage for ... argument}:
./main.go:64:73:     from ... argument (spill) at ./main.go:64:57
./main.go:64:73:     from fmt.Sprintf("bad char %q", ... argument...) (call parameter) at ./main.go:64:57
./main.go:37:14: leaking param content: l
./main.go:54:16: leaking param content: l
./main.go:64:57: ... argument does not escape
./main.go:64:73: r escapes to heap
./main.go:64:20: append escapes to heap
./main.go:69:18: append escapes to heap
./main.go:74:7: &lexer{...} escapes to heap in lex:
./main.go:74:7:   flow: l ← &{storage for &lexer{...}}:
./main.go:74:7:     from &lexer{...} (spill) at ./main.go:74:7
./main.go:74:7:     from l := &lexer{...} (assign) at ./main.go:74:4
./main.go:74:7:   flow: {heap} ← l:
./main.go:74:7:     from state(l) (call parameter) at ./main.go:76:16
./main.go:73:10: parameter s leaks to {storage for &lexer{...}} for lex with derefs=0:
./main.go:73:10:   flow: {storage for &lexer{...}} ← s:
./main.go:73:10:     from lexer{...} (struct literal element) at ./main.go:74:13
./main.go:73:10: leaking param: s
./main.go:74:7: &lexer{...} escapes to heap
./main.go:83:26: it.typ escapes to heap in main:
./main.go:83:26:   flow: {storage for ... argument} ← &{storage for it.typ}:
./main.go:83:26:     from it.typ (spill) at ./main.go:83:26
./main.go:83:26:     from ... argument (slice-literal-element) at ./main.go:83:13
./main.go:83:26:   flow: {heap} ← {storage for ... argument}:
./main.go:83:26:     from ... argument (spill) at ./main.go:83:13
./main.go:83:26:     from fmt.Printf("%d:%q ", ... argument...) (call parameter) at ./main.go:83:13
./main.go:83:34: it.val escapes to heap in main:
./main.go:83:34:   flow: {storage for ... argument} ← &{storage for it.val}:
./main.go:83:34:     from it.val (spill) at ./main.go:83:34
./main.go:83:34:     from ... argument (slice-literal-element) at ./main.go:83:13
./main.go:83:34:   flow: {heap} ← {storage for ... argument}:
./main.go:83:34:     from ... argument (spill) at ./main.go:83:13
./main.go:83:34:     from fmt.Printf("%d:%q ", ... argument...) (call parameter) at ./main.go:83:13
./main.go:86:17: lex("broken {{.X") escapes to heap in main:
./main.go:86:17:   flow: {storage for ... argument} ← &{storage for lex("broken {{.X")}:
./main.go:86:17:     from lex("broken {{.X") (spill) at ./main.go:86:17
./main.go:86:17:     from ... argument (slice-literal-element) at ./main.go:86:13
./main.go:86:17:   flow: {heap} ← {storage for ... argument}:
./main.go:86:17:     from ... argument (spill) at ./main.go:86:13
./main.go:86:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:86:13
./main.go:83:13: ... argument does not escape
./main.go:83:26: it.typ escapes to heap
./main.go:83:34: it.val escapes to heap
./main.go:86:13: ... argument does not escape
./main.go:86:17: lex("broken {{.X") escapes to heap
