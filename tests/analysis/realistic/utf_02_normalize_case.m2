./main.go:10:19: s does not escape
./main.go:14:15: append does not escape
./main.go:25:19: s does not escape
./main.go:41:27: isPalindrome(s) escapes to heap in main:
./main.go:41:27:   flow: {storage for ... argument} ← &{storage for isPalindrome(s)}:
./main.go:41:27:     from isPalindrome(s) (spill) at ./main.go:41:27
./main.go:41:27:     from ... argument (slice-literal-element) at ./main.go:41:14
./main.go:41:27:   flow: {heap} ← {storage for ... argument}:
./main.go:41:27:     from ... argument (spill) at ./main.go:41:14
./main.go:41:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:14
./main.go:43:26: camelToSnake("HTTPServerErrorCount") escapes to heap in main:
./main.go:43:26:   flow: {storage for ... argument} ← &{storage for camelToSnake("HTTPServerErrorCount")}:
./main.go:43:26:     from camelToSnake("HTTPServerErrorCount") (spill) at ./main.go:43:26
./main.go:43:26:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:26:   flow: {heap} ← {storage for ... argument}:
./main.go:43:26:     from ... argument (spill) at ./main.go:43:13
./main.go:43:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:64: camelToSnake("userID") escapes to heap in main:
./main.go:43:64:   flow: {storage for ... argument} ← &{storage for camelToSnake("userID")}:
./main.go:43:64:     from camelToSnake("userID") (spill) at ./main.go:43:64
./main.go:43:64:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:64:   flow: {heap} ← {storage for ... argument}:
./main.go:43:64:     from ... argument (spill) at ./main.go:43:13
./main.go:43:64:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:44:29: strings.ToTitle("ǆemal") escapes to heap in main:
./main.go:44:29:   flow: {storage for ... argument} ← &{storage for strings.ToTitle("ǆemal")}:
./main.go:44:29:     from strings.ToTitle("ǆemal") (spill) at ./main.go:44:29
./main.go:44:29:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:29:   flow: {heap} ← {storage for ... argument}:
./main.go:44:29:     from ... argument (spill) at ./main.go:44:13
./main.go:44:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:44:59: unicode.SimpleFold('A') escapes to heap in main:
./main.go:44:59:   flow: {storage for ... argument} ← &{storage for unicode.SimpleFold('A')}:
./main.go:44:59:     from unicode.SimpleFold('A') (spill) at ./main.go:44:59
./main.go:44:59:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:59:   flow: {heap} ← {storage for ... argument}:
./main.go:44:59:     from ... argument (spill) at ./main.go:44:13
./main.go:44:59:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:40:28: []string{...} does not escape
./main.go:41:14: ... argument does not escape
./main.go:41:27: isPalindrome(s) escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:26: camelToSnake("HTTPServerErrorCount") escapes to heap
./main.go:43:64: camelToSnake("userID") escapes to heap
./main.go:44:13: ... argument does not escape
./main.go:44:29: strings.ToTitle("ǆemal") escapes to heap
./main.go:44:59: unicode.SimpleFold('A') escapes to heap
