./main.go:6:8: xs does not escape
./main.go:10:11: parameter sep leaks to ~r0 for join with derefs=0:
./main.go:10:11:   flow: ~r0 ← sep:
./main.go:10:11:     from return sep (return) at ./main.go:12:3
./main.go:10:23: parameter parts leaks to ~r0 for join with derefs=1:
./main.go:10:23:   flow: ~r0 ← *parts:
./main.go:10:23:     from parts[0] (dot of pointer) at ./main.go:14:14
./main.go:10:23:     from return parts[0] (return) at ./main.go:14:2
./main.go:10:11: leaking param: sep to result ~r0 level=0
./main.go:10:23: leaking param: parts to result ~r0 level=1
./main.go:21:20: ([]byte)(join(",", ... argument...)) escapes to heap in main:
./main.go:21:20:   flow: {heap} ← &{storage for ([]byte)(join(",", ... argument...))}:
./main.go:21:20:     from ([]byte)(join(",", ... argument...)) (spill) at ./main.go:21:20
./main.go:21:20:     from sink = ([]byte)(join(",", ... argument...)) (assign) at ./main.go:21:7
./main.go:22:20: ([]byte)(join(";", nil...)) escapes to heap in main:
./main.go:22:20:   flow: {heap} ← &{storage for ([]byte)(join(";", nil...))}:
./main.go:22:20:     from ([]byte)(join(";", nil...)) (spill) at ./main.go:22:20
./main.go:22:20:     from sink = ([]byte)(join(";", nil...)) (assign) at ./main.go:22:7
./main.go:23:20: ([]byte)(join("-", []string{...}...)) escapes to heap in main:
./main.go:23:20:   flow: {heap} ← &{storage for ([]byte)(join("-", []string{...}...))}:
./main.go:23:20:     from ([]byte)(join("-", []string{...}...)) (spill) at ./main.go:23:20
./main.go:23:20:     from sink = ([]byte)(join("-", []string{...}...)) (assign) at ./main.go:23:7
./main.go:19:14: []*int{...} does not escape
./main.go:20:11: ... argument does not escape
./main.go:21:20: ([]byte)(join(",", ... argument...)) escapes to heap
./main.go:21:20: ... argument does not escape
./main.go:22:20: ([]byte)(join(";", nil...)) escapes to heap
./main.go:23:20: ([]byte)(join("-", []string{...}...)) escapes to heap
./main.go:23:34: []string{...} does not escape
