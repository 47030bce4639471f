./main.go:4:13: parameter words leaks to {heap} for counts with derefs=1:
./main.go:4:13:   flow: {temp} ← words:
./main.go:4:13:   flow: w ← *{temp}:
./main.go:4:13:     from for loop (range-deref) at ./main.go:6:14
./main.go:4:13:   flow: {heap} ← w:
./main.go:4:13:     from m[w] (key of map put) at ./main.go:7:4
./main.go:4:13: leaking param content: words
./main.go:5:11: make(map[string]int) does not escape
./main.go:12:34: []string{...} does not escape
