./main.go:9:19: s does not escape
./main.go:10:21: []string{...} does not escape
./main.go:28:16: "error:" escapes to heap in main:
./main.go:28:16:   flow: {storage for ... argument} ← &{storage for "error:"}:
./main.go:28:16:     from "error:" (spill) at ./main.go:28:16
./main.go:28:16:     from ... argument (slice-literal-element) at ./main.go:28:15
./main.go:28:16:   flow: {heap} ← {storage for ... argument}:
./main.go:28:16:     from ... argument (spill) at ./main.go:28:15
./main.go:28:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:28:15
./main.go:31:29: time.Time.Format(time.Time.UTC(t), "3:04PM") escapes to heap in main:
./main.go:31:29:   flow: {storage for ... argument} ← &{storage for time.Time.Format(time.Time.UTC(t), "3:04PM")}:
./main.go:31:29:     from time.Time.Format(time.Time.UTC(t), "3:04PM") (spill) at ./main.go:31:29
./main.go:31:29:     from ... argument (slice-literal-element) at ./main.go:31:14
./main.go:31:29:   flow: {heap} ← {storage for ... argument}:
./main.go:31:29:     from ... argument (spill) at ./main.go:31:14
./main.go:31:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:14
./main.go:31:54: time.Time.YearDay(t) escapes to heap in main:
./main.go:31:54:   flow: {storage for ... argument} ← &{storage for time.Time.YearDay(t)}:
./main.go:31:54:     from time.Time.YearDay(t) (spill) at ./main.go:31:54
./main.go:31:54:     from ... argument (slice-literal-element) at ./main.go:31:14
./main.go:31:54:   flow: {heap} ← {storage for ... argument}:
./main.go:31:54:     from ... argument (spill) at ./main.go:31:14
./main.go:31:54:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:14
./main.go:34:21: time.Duration.Round(d, time.Duration(60000000000)) escapes to heap in main:
./main.go:34:21:   flow: {storage for ... argument} ← &{storage for time.Duration.Round(d, time.Duration(60000000000))}:
./main.go:34:21:     from time.Duration.Round(d, time.Duration(60000000000)) (spill) at ./main.go:34:21
./main.go:34:21:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:21:   flow: {heap} ← {storage for ... argument}:
./main.go:34:21:     from ... argument (spill) at ./main.go:34:13
./main.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:13
./main.go:34:46: time.Duration.Truncate(d, time.Duration(3600000000000)) escapes to heap in main:
./main.go:34:46:   flow: {storage for ... argument} ← &{storage for time.Duration.Truncate(d, time.Duration(3600000000000))}:
./main.go:34:46:     from time.Duration.Truncate(d, time.Duration(3600000000000)) (spill) at ./main.go:34:46
./main.go:34:46:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:46:   flow: {heap} ← {storage for ... argument}:
./main.go:34:46:     from ... argument (spill) at ./main.go:34:13
./main.go:34:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:13
./main.go:34:68: time.Duration.Minutes(d) escapes to heap in main:
./main.go:34:68:   flow: {storage for ... argument} ← &{storage for time.Duration.Minutes(d)}:
./main.go:34:68:     from time.Duration.Minutes(d) (spill) at ./main.go:34:68
./main.go:34:68:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:68:   flow: {heap} ← {storage for ... argument}:
./main.go:34:68:     from ... argument (spill) at ./main.go:34:13
./main.go:34:68:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:13
./main.go:25:28: []string{...} does not escape
./main.go:28:15: ... argument does not escape
./main.go:28:16: "error:" escapes to heap
./main.go:31:14: ... argument does not escape
./main.go:31:29: time.Time.Format(time.Time.UTC(t), "3:04PM") escapes to heap
./main.go:31:54: time.Time.YearDay(t) escapes to heap
./main.go:34:13: ... argument does not escape
./main.go:34:21: time.Duration.Round(d, time.Duration(60000000000)) escapes to heap
./main.go:34:46: time.Duration.Truncate(d, time.Duration(3600000000000)) escapes to heap
./main.go:34:68: time.Duration.Minutes(d) escapes to heap
