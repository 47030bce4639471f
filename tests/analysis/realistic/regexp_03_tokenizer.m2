./main.go:24:15: parameter src leaks to {heap} for tokenize with derefs=0:
./main.go:24:15:   flow: {heap} ← src:
./main.go:24:15:     from (*regexp.Regexp).FindStringIndex(r.re, src) (call parameter) at ./main.go:29:31
./main.go:41:48: src[0] escapes to heap in tokenize:
./main.go:41:48:   flow: {storage for ... argument} ← &{storage for src[0]}:
./main.go:41:48:     from src[0] (spill) at ./main.go:41:48
./main.go:41:48:     from ... argument (slice-literal-element) at ./main.go:41:27
./main.go:41:48:   flow: {heap} ← {storage for ... argument}:
./main.go:41:48:     from ... argument (spill) at ./main.go:41:27
./main.go:41:48:     from fmt.Errorf("unexpected %q", ... argument...) (call parameter) at ./main.go:41:27
./main.go:34:18: append(toks, Token{...}) escapes to heap in tokenize:
./main.go:34:18:   flow: toks ← &{storage for append(toks, Token{...})}:
./main.go:34:18:     from append(toks, Token{...}) (spill) at ./main.go:34:18
./main.go:34:18:     from toks = append(toks, Token{...}) (assign) at ./main.go:34:10
./main.go:34:18:   flow: ~r0 ← toks:
./main.go:34:18:     from return toks, fmt.Errorf("unexpected %q", ... argument...) (return) at ./main.go:41:4
./main.go:24:15: leaking param: src
./main.go:34:18: append escapes to heap
./main.go:41:27: ... argument does not escape
./main.go:41:48: src[0] escapes to heap
./main.go:51:25: t.Kind escapes to heap in main:
./main.go:51:25:   flow: {storage for ... argument} ← &{storage for t.Kind}:
./main.go:51:25:     from t.Kind (spill) at ./main.go:51:25
./main.go:51:25:     from ... argument (slice-literal-element) at ./main.go:51:13
./main.go:51:25:   flow: {heap} ← {storage for ... argument}:
./main.go:51:25:     from ... argument (spill) at ./main.go:51:13
./main.go:51:25:     from fmt.Printf("%s:%s ", ... argument...) (call parameter) at ./main.go:51:13
./main.go:51:33: t.Text escapes to heap in main:
./main.go:51:33:   flow: {storage for ... argument} ← &{storage for t.Text}:
./main.go:51:33:     from t.Text (spill) at ./main.go:51:33
./main.go:51:33:     from ... argument (slice-literal-element) at ./main.go:51:13
./main.go:51:33:   flow: {heap} ← {storage for ... argument}:
./main.go:51:33:     from ... argument (spill) at ./main.go:51:13
./main.go:51:33:     from fmt.Printf("%s:%s ", ... argument...) (call parameter) at ./main.go:51:13
./main.go:49:13: ... argument does not escape
./main.go:51:13: ... argument does not escape
./main.go:51:25: t.Kind escapes to heap
./main.go:51:33: t.Text escapes to heap
