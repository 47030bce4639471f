./main.go:13:17: map[string]string{} escapes to heap in parseINI:
./main.go:13:17:   flow: {heap} ← &{storage for map[string]string{}}:
./main.go:13:17:     from map[string]string{} (spill) at ./main.go:13:17
./main.go:13:17:     from INI{...} (map literal value) at ./main.go:13:12
./main.go:26:37: map[string]string{} escapes to heap in parseINI:
./main.go:26:37:   flow: {heap} ← &{storage for map[string]string{}}:
./main.go:26:37:     from map[string]string{} (spill) at ./main.go:26:37
./main.go:26:37:     from ini[section] = map[string]string{} (assign) at ./main.go:26:18
./main.go:12:15: parameter src leaks to {heap} for parseINI with derefs=0:
./main.go:12:15:   flow: {heap} ← src:
./main.go:12:15:     from strings.NewReader(src) (call parameter) at ./main.go:15:42
./main.go:32:58: lineNo escapes to heap in parseINI:
./main.go:32:58:   flow: {storage for ... argument} ← &{storage for lineNo}:
./main.go:32:58:     from lineNo (spill) at ./main.go:32:58
./main.go:32:58:     from ... argument (slice-literal-element) at ./main.go:32:26
./main.go:32:58:   flow: {heap} ← {storage for ... argument}:
./main.go:32:58:     from ... argument (spill) at ./main.go:32:26
./main.go:32:58:     from fmt.Errorf("line %d: expected key=value", ... argument...) (call parameter) at ./main.go:32:26
./main.go:13:12: INI{...} escapes to heap in parseINI:
./main.go:13:12:   flow: ini ← &{storage for INI{...}}:
./main.go:13:12:     from INI{...} (spill) at ./main.go:13:12
./main.go:13:12:     from ini := INI{...} (assign) at ./main.go:13:6
./main.go:13:12:   flow: ~r0 ← ini:
./main.go:13:12:     from return ini, (*bufio.Scanner).Err(sc) (return) at ./main.go:36:2
./main.go:12:15: leaking param: src
./main.go:13:12: INI{...} escapes to heap
./main.go:13:17: map[string]string{} escapes to heap
./main.go:26:37: map[string]string{} escapes to heap
./main.go:32:26: ... argument does not escape
./main.go:32:58: lineNo escapes to heap
./main.go:49:26: ini[""]["name"] escapes to heap in main:
./main.go:49:26:   flow: {storage for ... argument} ← &{storage for ini[""]["name"]}:
./main.go:49:26:     from ini[""]["name"] (spill) at ./main.go:49:26
./main.go:49:26:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:26:   flow: {heap} ← {storage for ... argument}:
./main.go:49:26:     from ... argument (spill) at ./main.go:49:13
./main.go:49:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:49:49: ini["server"]["port"] escapes to heap in main:
./main.go:49:49:   flow: {storage for ... argument} ← &{storage for ini["server"]["port"]}:
./main.go:49:49:     from ini["server"]["port"] (spill) at ./main.go:49:49
./main.go:49:49:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:49:   flow: {heap} ← {storage for ... argument}:
./main.go:49:49:     from ... argument (spill) at ./main.go:49:13
./main.go:49:49:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:49:68: ini["db"]["url"] escapes to heap in main:
./main.go:49:68:   flow: {storage for ... argument} ← &{storage for ini["db"]["url"]}:
./main.go:49:68:     from ini["db"]["url"] (spill) at ./main.go:49:68
./main.go:49:68:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:68:   flow: {heap} ← {storage for ... argument}:
./main.go:49:68:     from ... argument (spill) at ./main.go:49:13
./main.go:49:68:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:49:13: ... argument does not escape
./main.go:49:26: ini[""]["name"] escapes to heap
./main.go:49:49: ini["server"]["port"] escapes to heap
./main.go:49:68: ini["db"]["url"] escapes to heap
