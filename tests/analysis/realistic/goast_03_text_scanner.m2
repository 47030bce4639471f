./main.go:17:6: s escapes to heap in lex:
./main.go:17:6:   flow: {heap} ← &s:
./main.go:17:6:     from s (address-of) at ./main.go:22:12
./main.go:17:6:     from (*scanner.Scanner).Scan(s) (call parameter) at ./main.go:22:17
./main.go:17:6: s escapes to heap in lex:
./main.go:17:6:   flow: {heap} ← &s:
./main.go:17:6:     from s (address-of) at ./main.go:22:44
./main.go:17:6:     from (*scanner.Scanner).Scan(s) (call parameter) at ./main.go:22:49
./main.go:16:10: parameter src leaks to {heap} for lex with derefs=0:
./main.go:16:10:   flow: {heap} ← src:
./main.go:16:10:     from strings.NewReader(src) (call parameter) at ./main.go:18:26
./main.go:23:16: append(toks, Tok{...}) escapes to heap in lex:
./main.go:23:16:   flow: toks ← &{storage for append(toks, Tok{...})}:
./main.go:23:16:     from append(toks, Tok{...}) (spill) at ./main.go:23:16
./main.go:23:16:     from toks = append(toks, Tok{...}) (assign) at ./main.go:23:8
./main.go:23:16:   flow: ~r0 ← toks:
./main.go:23:16:     from return toks (return) at ./main.go:25:2
./main.go:16:10: leaking param: src
./main.go:17:6: moved to heap: s
./main.go:23:16: append escapes to heap
./main.go:32:31: t.Line escapes to heap in main:
./main.go:32:31:   flow: {storage for ... argument} ← &{storage for t.Line}:
./main.go:32:31:     from t.Line (spill) at ./main.go:32:31
./main.go:32:31:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:31:   flow: {heap} ← {storage for ... argument}:
./main.go:32:31:     from ... argument (spill) at ./main.go:32:13
./main.go:32:31:     from fmt.Printf("%d %-8s %s\n", ... argument...) (call parameter) at ./main.go:32:13
./main.go:32:39: t.Kind escapes to heap in main:
./main.go:32:39:   flow: {storage for ... argument} ← &{storage for t.Kind}:
./main.go:32:39:     from t.Kind (spill) at ./main.go:32:39
./main.go:32:39:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:39:   flow: {heap} ← {storage for ... argument}:
./main.go:32:39:     from ... argument (spill) at ./main.go:32:13
./main.go:32:39:     from fmt.Printf("%d %-8s %s\n", ... argument...) (call parameter) at ./main.go:32:13
./main.go:32:47: t.Text escapes to heap in main:
./main.go:32:47:   flow: {storage for ... argument} ← &{storage for t.Text}:
./main.go:32:47:     from t.Text (spill) at ./main.go:32:47
./main.go:32:47:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:47:   flow: {heap} ← {storage for ... argument}:
./main.go:32:47:     from ... argument (spill) at ./main.go:32:13
./main.go:32:47:     from fmt.Printf("%d %-8s %s\n", ... argument...) (call parameter) at ./main.go:32:13
./main.go:32:13: ... argument does not escape
./main.go:32:31: t.Line escapes to heap
./main.go:32:39: t.Kind escapes to heap
./main.go:32:47: t.Text escapes to heap
