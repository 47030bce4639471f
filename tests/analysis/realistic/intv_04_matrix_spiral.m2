./main.go:14:13: make([]int, 0, len(m) * len(m[0])) escapes to heap in spiral:
./main.go:14:13:   flow: out ← &{storage for make([]int, 0, len(m) * len(m[0]))}:
./main.go:14:13:     from make([]int, 0, len(m) * len(m[0])) (spill) at ./main.go:14:13
./main.go:14:13:     from out := make([]int, 0, len(m) * len(m[0])) (assign) at ./main.go:14:6
./main.go:14:13:   flow: ~r0 ← out:
./main.go:14:13:     from return out (return) at ./main.go:37:2
./main.go:17:16: append(out, m[top][c]) escapes to heap in spiral:
./main.go:17:16:   flow: out ← &{storage for append(out, m[top][c])}:
./main.go:17:16:     from append(out, m[top][c]) (spill) at ./main.go:17:16
./main.go:17:16:     from out = append(out, m[top][c]) (assign) at ./main.go:17:8
./main.go:17:16:   flow: ~r0 ← out:
./main.go:17:16:     from return out (return) at ./main.go:37:2
./main.go:21:16: append(out, m[r][right]) escapes to heap in spiral:
./main.go:21:16:   flow: out ← &{storage for append(out, m[r][right])}:
./main.go:21:16:     from append(out, m[r][right]) (spill) at ./main.go:21:16
./main.go:21:16:     from out = append(out, m[r][right]) (assign) at ./main.go:21:8
./main.go:21:16:   flow: ~r0 ← out:
./main.go:21:16:     from return out (return) at ./main.go:37:2
./main.go:26:17: append(out, m[bottom][c]) escapes to heap in spiral:
./main.go:26:17:   flow: out ← &{storage for append(out, m[bottom][c])}:
./main.go:26:17:     from append(out, m[bottom][c]) (spill) at ./main.go:26:17
./main.go:26:17:     from out = append(out, m[bottom][c]) (assign) at ./main.go:26:9
./main.go:26:17:   flow: ~r0 ← out:
./main.go:26:17:     from return out (return) at ./main.go:37:2
./main.go:32:17: append(out, m[r][left]) escapes to heap in spiral:
./main.go:32:17:   flow: out ← &{storage for append(out, m[r][left])}:
./main.go:32:17:     from append(out, m[r][left]) (spill) at ./main.go:32:17
./main.go:32:17:     from out = append(out, m[r][left]) (assign) at ./main.go:32:9
./main.go:32:17:   flow: ~r0 ← out:
./main.go:32:17:     from return out (return) at ./main.go:37:2
./main.go:9:13: m does not escape
./main.go:14:13: make([]int, 0, len(m) * len(m[0])) escapes to heap
./main.go:17:16: append escapes to heap
./main.go:21:16: append escapes to heap
./main.go:26:17: append escapes to heap
./main.go:32:17: append escapes to heap
./main.go:43:14: make([]int, cols) escapes to heap in grid:
./main.go:43:14:   flow: {heap} ← &{storage for make([]int, cols)}:
./main.go:43:14:     from make([]int, cols) (spill) at ./main.go:43:14
./main.go:43:14:     from g[r] = make([]int, cols) (assign) at ./main.go:43:8
./main.go:41:11: make([][]int, rows) escapes to heap in grid:
./main.go:41:11:   flow: g ← &{storage for make([][]int, rows)}:
./main.go:41:11:     from make([][]int, rows) (spill) at ./main.go:41:11
./main.go:41:11:     from g := make([][]int, rows) (assign) at ./main.go:41:4
./main.go:41:11:   flow: ~r0 ← g:
./main.go:41:11:     from return g (return) at ./main.go:48:2
./main.go:41:11: make([][]int, rows) escapes to heap
./main.go:43:14: make([]int, cols) escapes to heap
./main.go:53:6: sb escapes to heap in main:
./main.go:53:6:   flow: {heap} ← &sb:
./main.go:53:6:     from &sb (address-of) at ./main.go:55:16
./main.go:53:6:     from &sb (interface-converted) at ./main.go:55:16
./main.go:53:6:     from fmt.Fprintln(&sb, ... argument...) (call parameter) at ./main.go:55:15
./main.go:52:20: spiral(grid(3, 4)) escapes to heap in main:
./main.go:52:20:   flow: {storage for ... argument} ← &{storage for spiral(grid(3, 4))}:
./main.go:52:20:     from spiral(grid(3, 4)) (spill) at ./main.go:52:20
./main.go:52:20:     from ... argument (slice-literal-element) at ./main.go:52:13
./main.go:52:20:   flow: {heap} ← {storage for ... argument}:
./main.go:52:20:     from ... argument (spill) at ./main.go:52:13
./main.go:52:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:52:13
./main.go:55:21: row escapes to heap in main:
./main.go:55:21:   flow: {storage for ... argument} ← &{storage for row}:
./main.go:55:21:     from row (spill) at ./main.go:55:21
./main.go:55:21:     from ... argument (slice-literal-element) at ./main.go:55:15
./main.go:55:21:   flow: {heap} ← {storage for ... argument}:
./main.go:55:21:     from ... argument (spill) at ./main.go:55:15
./main.go:55:21:     from fmt.Fprintln(&sb, ... argument...) (call parameter) at ./main.go:55:15
./main.go:57:21: (*strings.Builder).String(sb) escapes to heap in main:
./main.go:57:21:   flow: {storage for ... argument} ← &{storage for (*strings.Builder).String(sb)}:
./main.go:57:21:     from (*strings.Builder).String(sb) (spill) at ./main.go:57:21
./main.go:57:21:     from ... argument (slice-literal-element) at ./main.go:57:11
./main.go:57:21:   flow: {heap} ← {storage for ... argument}:
./main.go:57:21:     from ... argument (spill) at ./main.go:57:11
./main.go:57:21:     from fmt.Print(... argument...) (call parameter) at ./main.go:57:11
./main.go:53:6: moved to heap: sb
./main.go:52:13: ... argument does not escape
./main.go:52:20: spiral(grid(3, 4)) escapes to heap
./main.go:55:15: ... argument does not escape
./main.go:55:21: row escapes to heap
./main.go:57:11: ... argument does not escape
./main.go:57:21: (*strings.Builder).String(sb) escapes to heap
