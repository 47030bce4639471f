./main.go:16:15: parameter l leaks to {heap} for safeLink with derefs=0:
./main.go:16:15:   flow: {heap} ← l:
./main.go:16:15:     from l.Href (dot) at ./main.go:17:23
./main.go:16:15:     from url.Parse(l.Href) (call parameter) at ./main.go:17:21
./main.go:22:28: template.HTMLEscapeString((*url.URL).String(u)) escapes to heap in safeLink:
./main.go:22:28:   flow: {storage for ... argument} ← &{storage for template.HTMLEscapeString((*url.URL).String(u))}:
./main.go:22:28:     from template.HTMLEscapeString((*url.URL).String(u)) (spill) at ./main.go:22:28
./main.go:22:28:     from ... argument (slice-literal-element) at ./main.go:21:34
./main.go:22:28:   flow: {heap} ← {storage for ... argument}:
./main.go:22:28:     from ... argument (spill) at ./main.go:21:34
./main.go:22:28:     from fmt.Sprintf("<a href=\"%s\">%s</a>", ... argument...) (call parameter) at ./main.go:21:34
./main.go:22:59: html.EscapeString(l.Text) escapes to heap in safeLink:
./main.go:22:59:   flow: {storage for ... argument} ← &{storage for html.EscapeString(l.Text)}:
./main.go:22:59:     from html.EscapeString(l.Text) (spill) at ./main.go:22:59
./main.go:22:59:     from ... argument (slice-literal-element) at ./main.go:21:34
./main.go:22:59:   flow: {heap} ← {storage for ... argument}:
./main.go:22:59:     from ... argument (spill) at ./main.go:21:34
./main.go:22:59:     from fmt.Sprintf("<a href=\"%s\">%s</a>", ... argument...) (call parameter) at ./main.go:21:34
./main.go:16:15: leaking param: l
./main.go:21:34: ... argument does not escape
./main.go:22:28: template.HTMLEscapeString((*url.URL).String(u)) escapes to heap
./main.go:22:59: html.EscapeString(l.Text) escapes to heap
./main.go:31:23: safeLink(l) escapes to heap in main:
./main.go:31:23:   flow: {storage for ... argument} ← &{storage for safeLink(l)}:
./main.go:31:23:     from safeLink(l) (spill) at ./main.go:31:23
./main.go:31:23:     from ... argument (slice-literal-element) at ./main.go:31:14
./main.go:31:23:   flow: {heap} ← {storage for ... argument}:
./main.go:31:23:     from ... argument (spill) at ./main.go:31:14
./main.go:31:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:14
./main.go:33:33: html.UnescapeString("&lt;b&gt; &amp; &#39;") escapes to heap in main:
./main.go:33:33:   flow: {storage for ... argument} ← &{storage for html.UnescapeString("&lt;b&gt; &amp; &#39;")}:
./main.go:33:33:     from html.UnescapeString("&lt;b&gt; &amp; &#39;") (spill) at ./main.go:33:33
./main.go:33:33:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:33:   flow: {heap} ← {storage for ... argument}:
./main.go:33:33:     from ... argument (spill) at ./main.go:33:13
./main.go:33:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:34:37: template.JSEscapeString("he said \"hi\"") escapes to heap in main:
./main.go:34:37:   flow: {storage for ... argument} ← &{storage for template.JSEscapeString("he said \"hi\"")}:
./main.go:34:37:     from template.JSEscapeString("he said \"hi\"") (spill) at ./main.go:34:37
./main.go:34:37:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:37:   flow: {heap} ← {storage for ... argument}:
./main.go:34:37:     from ... argument (spill) at ./main.go:34:13
./main.go:34:37:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:13
./main.go:26:17: []Link{...} does not escape
./main.go:31:14: ... argument does not escape
./main.go:31:23: safeLink(l) escapes to heap
./main.go:33:13: ... argument does not escape
./main.go:33:33: html.UnescapeString("&lt;b&gt; &amp; &#39;") escapes to heap
./main.go:34:13: ... argument does not escape
./main.go:34:37: template.JSEscapeString("he said \"hi\"") escapes to heap
