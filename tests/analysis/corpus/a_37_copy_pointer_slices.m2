./main.go:4:10: parameter src leaks to {heap} for dup with derefs=1:
./main.go:4:10:   flow: {heap} ← *src:
./main.go:4:10:     from copy(dst, src) (call parameter) at ./main.go:6:6
./main.go:4:10:     from copy(dst, src) (copied slice) at ./main.go:6:6
./main.go:5:13: make([]*int, len(src)) escapes to heap in dup:
./main.go:5:13:   flow: dst ← &{storage for make([]*int, len(src))}:
./main.go:5:13:     from make([]*int, len(src)) (spill) at ./main.go:5:13
./main.go:5:13:     from dst := make([]*int, len(src)) (assign) at ./main.go:5:6
./main.go:5:13:   flow: ~r0 ← dst:
./main.go:5:13:     from return dst (return) at ./main.go:7:2
./main.go:4:10: leaking param content: src
./main.go:5:13: make([]*int, len(src)) escapes to heap
./main.go:10:12: parameter src leaks to {heap} for count with derefs=1:
./main.go:10:12:   flow: {heap} ← *src:
./main.go:10:12:     from copy(dst, src) (call parameter) at ./main.go:12:13
./main.go:10:12:     from copy(dst, src) (copied slice) at ./main.go:12:13
./main.go:10:12: leaking param content: src
./main.go:11:13: make([]*int, 4) does not escape
