./main.go:4:15: parameter src leaks to {heap} for dup with derefs=1:
./main.go:4:15:   flow: {heap} ← *src:
./main.go:4:15:     from copy(dst, src) (call parameter) at ./main.go:5:13
./main.go:4:15:     from copy(dst, src) (copied slice) at ./main.go:5:13
./main.go:4:10: dst does not escape
./main.go:4:15: leaking param content: src
