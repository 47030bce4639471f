./main.go:10:11: parameter text leaks to {heap} for wrap with derefs=0:
./main.go:10:11:   flow: {heap} ← text:
./main.go:10:11:     from strings.Fields(text) (call parameter) at ./main.go:14:34
./main.go:17:18: append(lines, strings.Join(cur, " ")) escapes to heap in wrap:
./main.go:17:18:   flow: lines ← &{storage for append(lines, strings.Join(cur, " "))}:
./main.go:17:18:     from append(lines, strings.Join(cur, " ")) (spill) at ./main.go:17:18
./main.go:17:18:     from lines = append(lines, strings.Join(cur, " ")) (assign) at ./main.go:17:10
./main.go:17:18:   flow: ~r0 ← lines:
./main.go:17:18:     from return lines (return) at ./main.go:30:2
./main.go:28:17: append(lines, strings.Join(cur, " ")) escapes to heap in wrap:
./main.go:28:17:   flow: lines ← &{storage for append(lines, strings.Join(cur, " "))}:
./main.go:28:17:     from append(lines, strings.Join(cur, " ")) (spill) at ./main.go:28:17
./main.go:28:17:     from lines = append(lines, strings.Join(cur, " ")) (assign) at ./main.go:28:9
./main.go:28:17:   flow: ~r0 ← lines:
./main.go:28:17:     from return lines (return) at ./main.go:30:2
./main.go:10:11: leaking param: text
./main.go:17:18: append escapes to heap
./main.go:24:15: append does not escape
./main.go:28:17: append escapes to heap
./main.go:33:13: parameter s leaks to ~r0 for center with derefs=0:
./main.go:33:13:   flow: ~r0 ← s:
./main.go:33:13:     from return s (return) at ./main.go:36:3
./main.go:38:40: strings.Repeat(" ", pad / 2) + s + strings.Repeat(" ", pad - pad / 2) escapes to heap in center:
./main.go:38:40:   flow: ~r0 ← &{storage for strings.Repeat(" ", pad / 2) + s + strings.Repeat(" ", pad - pad / 2)}:
./main.go:38:40:     from strings.Repeat(" ", pad / 2) + s + strings.Repeat(" ", pad - pad / 2) (spill) at ./main.go:38:40
./main.go:38:40:     from return strings.Repeat(" ", pad / 2) + s + strings.Repeat(" ", pad - pad / 2) (return) at ./main.go:38:2
./main.go:33:13: leaking param: s to result ~r0 level=0
./main.go:38:40: strings.Repeat(" ", pad / 2) + s + strings.Repeat(" ", pad - pad / 2) escapes to heap
./main.go:44:30: center(l, 26) escapes to heap in main:
./main.go:44:30:   flow: {storage for ... argument} ← &{storage for center(l, 26)}:
./main.go:44:30:     from center(l, 26) (spill) at ./main.go:44:30
./main.go:44:30:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:30:   flow: {heap} ← {storage for ... argument}:
./main.go:44:30:     from ... argument (spill) at ./main.go:44:13
./main.go:44:30:     from fmt.Printf("|%s|\n", ... argument...) (call parameter) at ./main.go:44:13
./main.go:44:13: ... argument does not escape
./main.go:44:30: center(l, 26) escapes to heap
