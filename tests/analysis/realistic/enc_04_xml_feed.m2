./main.go:28:33: ([]byte)("<rss version=\"2.0\"><channel>\n<item><title>Go 1.27</title><link>ht...) escapes to heap in main:
./main.go:28:33:   flow: {heap} ← &{storage for ([]byte)("<rss version=\"2.0\"><channel>\n<item><title>Go 1.27</title><link>ht...)}:
./main.go:28:33:     from ([]byte)("<rss version=\"2.0\"><channel>\n<item><title>Go 1.27</title><link>ht...) (spill) at ./main.go:28:33
./main.go:28:33:     from xml.Unmarshal(([]byte)("<rss version=\"2.0\"><channel>\n<item><title>Go 1.27</title><link>ht...), &f) (call parameter) at ./main.go:28:25
./main.go:27:6: f escapes to heap in main:
./main.go:27:6:   flow: {heap} ← &f:
./main.go:27:6:     from &f (address-of) at ./main.go:28:39
./main.go:27:6:     from &f (interface-converted) at ./main.go:28:39
./main.go:27:6:     from xml.Unmarshal(([]byte)("<rss version=\"2.0\"><channel>\n<item><title>Go 1.27</title><link>ht...), &f) (call parameter) at ./main.go:28:25
./main.go:35:39: f.Items[0] escapes to heap in main:
./main.go:35:39:   flow: {heap} ← &{storage for f.Items[0]}:
./main.go:35:39:     from f.Items[0] (spill) at ./main.go:35:39
./main.go:35:39:     from xml.MarshalIndent(f.Items[0], "", "  ") (call parameter) at ./main.go:35:31
./main.go:31:15: f.Version escapes to heap in main:
./main.go:31:15:   flow: {storage for ... argument} ← &{storage for f.Version}:
./main.go:31:15:     from f.Version (spill) at ./main.go:31:15
./main.go:31:15:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:15:   flow: {heap} ← {storage for ... argument}:
./main.go:31:15:     from ... argument (spill) at ./main.go:31:13
./main.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:28: len(f.Items) escapes to heap in main:
./main.go:31:28:   flow: {storage for ... argument} ← &{storage for len(f.Items)}:
./main.go:31:28:     from len(f.Items) (spill) at ./main.go:31:28
./main.go:31:28:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:28:   flow: {heap} ← {storage for ... argument}:
./main.go:31:28:     from ... argument (spill) at ./main.go:31:13
./main.go:31:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:33:17: it.Title escapes to heap in main:
./main.go:33:17:   flow: {storage for ... argument} ← &{storage for it.Title}:
./main.go:33:17:     from it.Title (spill) at ./main.go:33:17
./main.go:33:17:     from ... argument (slice-literal-element) at ./main.go:33:14
./main.go:33:17:   flow: {heap} ← {storage for ... argument}:
./main.go:33:17:     from ... argument (spill) at ./main.go:33:14
./main.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:14
./main.go:33:27: it.Tags escapes to heap in main:
./main.go:33:27:   flow: {storage for ... argument} ← &{storage for it.Tags}:
./main.go:33:27:     from it.Tags (spill) at ./main.go:33:27
./main.go:33:27:     from ... argument (slice-literal-element) at ./main.go:33:14
./main.go:33:27:   flow: {heap} ← {storage for ... argument}:
./main.go:33:27:     from ... argument (spill) at ./main.go:33:14
./main.go:33:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:14
./main.go:36:20: string(out) escapes to heap in main:
./main.go:36:20:   flow: {storage for ... argument} ← &{storage for string(out)}:
./main.go:36:20:     from string(out) (spill) at ./main.go:36:20
./main.go:36:20:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:20:   flow: {heap} ← {storage for ... argument}:
./main.go:36:20:     from ... argument (spill) at ./main.go:36:13
./main.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:36:21: string(out) escapes to heap in main:
./main.go:36:21:   flow: {storage for string(out)} ← &{storage for string(out)}:
./main.go:36:21:     from string(out) (spill) at ./main.go:36:21
./main.go:36:21:     from string(out) (interface-converted) at ./main.go:36:20
./main.go:27:6: moved to heap: f
./main.go:28:33: ([]byte)("<rss version=\"2.0\"><channel>\n<item><title>Go 1.27</title><link>ht...) escapes to heap
./main.go:31:13: ... argument does not escape
./main.go:31:15: f.Version escapes to heap
./main.go:31:28: len(f.Items) escapes to heap
./main.go:33:14: ... argument does not escape
./main.go:33:17: it.Title escapes to heap
./main.go:33:27: it.Tags escapes to heap
./main.go:35:39: f.Items[0] escapes to heap
./main.go:36:13: ... argument does not escape
./main.go:36:20: string(out) escapes to heap
./main.go:36:21: string(out) escapes to heap
