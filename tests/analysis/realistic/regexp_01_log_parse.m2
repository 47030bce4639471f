./main.go:20:12: parameter line leaks to {heap} for parse with derefs=0:
./main.go:20:12:   flow: {heap} ← line:
./main.go:20:12:     from (*regexp.Regexp).FindStringSubmatch(lineRE, line) (call parameter) at ./main.go:21:32
./main.go:27:9: &Hit{...} escapes to heap in parse:
./main.go:27:9:   flow: ~r0 ← &{storage for &Hit{...}}:
./main.go:27:9:     from &Hit{...} (spill) at ./main.go:27:9
./main.go:27:9:     from return &Hit{...}, true (return) at ./main.go:27:2
./main.go:20:12: leaking param: line
./main.go:27:9: &Hit{...} escapes to heap
./main.go:36:27: map[string]int{} escapes to heap in main:
./main.go:36:27:   flow: bytesBy ← &{storage for map[string]int{}}:
./main.go:36:27:     from map[string]int{} (spill) at ./main.go:36:27
./main.go:36:27:     from bytesBy := map[string]int{} (assign) at ./main.go:36:10
./main.go:36:27:   flow: {storage for ... argument} ← bytesBy:
./main.go:36:27:     from bytesBy (interface-converted) at ./main.go:42:14
./main.go:36:27:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:36:27:   flow: {heap} ← {storage for ... argument}:
./main.go:36:27:     from ... argument (spill) at ./main.go:42:13
./main.go:36:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:31:19: []string{...} does not escape
./main.go:36:27: map[string]int{} escapes to heap
./main.go:42:13: ... argument does not escape
