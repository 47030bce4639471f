./main.go:11:10: &tree{...} escapes to heap in insert:
./main.go:11:10:   flow: ~r0 ← &{storage for &tree{...}}:
./main.go:11:10:     from &tree{...} (spill) at ./main.go:11:10
./main.go:11:10:     from return &tree{...} (return) at ./main.go:11:3
./main.go:11:10:   flow: {heap} ← ~r0:
./main.go:11:10:     from t.left = insert(t.left, v) (assign) at ./main.go:14:10
./main.go:9:13: parameter t leaks to {heap} for insert with derefs=0:
./main.go:9:13:   flow: ~r0 ← t:
./main.go:9:13:     from return t (return) at ./main.go:18:2
./main.go:9:13:   flow: {heap} ← ~r0:
./main.go:9:13:     from t.left = insert(t.left, v) (assign) at ./main.go:14:10
./main.go:9:13: parameter t leaks to ~r0 for insert with derefs=0:
./main.go:9:13:   flow: ~r0 ← t:
./main.go:9:13:     from return t (return) at ./main.go:18:2
./main.go:9:13: leaking param: t
./main.go:11:10: &tree{...} escapes to heap
