./main.go:10:14: title does not escape
./main.go:30:28: t escapes to heap in main:
./main.go:30:28:   flow: {storage for ... argument} ← &{storage for t}:
./main.go:30:28:     from t (spill) at ./main.go:30:28
./main.go:30:28:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:28:   flow: {heap} ← {storage for ... argument}:
./main.go:30:28:     from ... argument (spill) at ./main.go:30:13
./main.go:30:28:     from fmt.Printf("%q -> %q\n", ... argument...) (call parameter) at ./main.go:30:13
./main.go:30:38: slugify(t) escapes to heap in main:
./main.go:30:38:   flow: {storage for ... argument} ← &{storage for slugify(t)}:
./main.go:30:38:     from slugify(t) (spill) at ./main.go:30:38
./main.go:30:38:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:38:   flow: {heap} ← {storage for ... argument}:
./main.go:30:38:     from ... argument (spill) at ./main.go:30:13
./main.go:30:38:     from fmt.Printf("%q -> %q\n", ... argument...) (call parameter) at ./main.go:30:13
./main.go:28:20: []string{...} does not escape
./main.go:30:13: ... argument does not escape
./main.go:30:28: t escapes to heap
./main.go:30:38: slugify(t) escapes to heap
