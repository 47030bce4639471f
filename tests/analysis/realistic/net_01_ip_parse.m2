./main.go:10:15: parameter s leaks to {heap} for classify with derefs=0:
./main.go:10:15:   flow: {heap} ← s:
./main.go:10:15:     from net.SplitHostPort(s) (call parameter) at ./main.go:11:38
./main.go:18:22: "hostname " + host escapes to heap in classify:
./main.go:18:22:   flow: ~r0 ← &{storage for "hostname " + host}:
./main.go:18:22:     from "hostname " + host (spill) at ./main.go:18:22
./main.go:18:22:     from return "hostname " + host (return) at ./main.go:18:3
./main.go:22:21: "private " + net.IP.String(ip) escapes to heap in classify:
./main.go:22:21:   flow: ~r0 ← &{storage for "private " + net.IP.String(ip)}:
./main.go:22:21:     from "private " + net.IP.String(ip) (spill) at ./main.go:22:21
./main.go:22:21:     from return "private " + net.IP.String(ip) (return) at ./main.go:22:3
./main.go:24:18: "ipv6 " + net.IP.String(ip) escapes to heap in classify:
./main.go:24:18:   flow: ~r0 ← &{storage for "ipv6 " + net.IP.String(ip)}:
./main.go:24:18:     from "ipv6 " + net.IP.String(ip) (spill) at ./main.go:24:18
./main.go:24:18:     from return "ipv6 " + net.IP.String(ip) (return) at ./main.go:24:3
./main.go:27:20: "public " + net.JoinHostPort(net.IP.String(ip), port) escapes to heap in classify:
./main.go:27:20:   flow: ~r0 ← &{storage for "public " + net.JoinHostPort(net.IP.String(ip), port)}:
./main.go:27:20:     from "public " + net.JoinHostPort(net.IP.String(ip), port) (spill) at ./main.go:27:20
./main.go:27:20:     from return "public " + net.JoinHostPort(net.IP.String(ip), port) (return) at ./main.go:27:3
./main.go:29:19: "public " + net.IP.String(ip) escapes to heap in classify:
./main.go:29:19:   flow: ~r0 ← &{storage for "public " + net.IP.String(ip)}:
./main.go:29:19:     from "public " + net.IP.String(ip) (spill) at ./main.go:29:19
./main.go:29:19:     from return "public " + net.IP.String(ip) (return) at ./main.go:29:2
./main.go:10:15: leaking param: s
./main.go:18:22: "hostname " + host escapes to heap
./main.go:22:21: "private " + net.IP.String(ip) escapes to heap
./main.go:24:18: "ipv6 " + net.IP.String(ip) escapes to heap
./main.go:27:20: "public " + net.JoinHostPort(net.IP.String(ip), port) escapes to heap
./main.go:29:19: "public " + net.IP.String(ip) escapes to heap
./main.go:34:15: s escapes to heap in main:
./main.go:34:15:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:34:15:     from s (spill) at ./main.go:34:15
./main.go:34:15:     from ... argument (slice-literal-element) at ./main.go:34:14
./main.go:34:15:   flow: {heap} ← {storage for ... argument}:
./main.go:34:15:     from ... argument (spill) at ./main.go:34:14
./main.go:34:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:14
./main.go:34:18: "=>" escapes to heap in main:
./main.go:34:18:   flow: {storage for ... argument} ← &{storage for "=>"}:
./main.go:34:18:     from "=>" (spill) at ./main.go:34:18
./main.go:34:18:     from ... argument (slice-literal-element) at ./main.go:34:14
./main.go:34:18:   flow: {heap} ← {storage for ... argument}:
./main.go:34:18:     from ... argument (spill) at ./main.go:34:14
./main.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:14
./main.go:34:32: classify(s) escapes to heap in main:
./main.go:34:32:   flow: {storage for ... argument} ← &{storage for classify(s)}:
./main.go:34:32:     from classify(s) (spill) at ./main.go:34:32
./main.go:34:32:     from ... argument (slice-literal-element) at ./main.go:34:14
./main.go:34:32:   flow: {heap} ← {storage for ... argument}:
./main.go:34:32:     from ... argument (spill) at ./main.go:34:14
./main.go:34:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:14
./main.go:37:24: (*net.IPNet).Contains(n, net.IPv4(byte(192), byte(168), byte(4), byte(4))) escapes to heap in main:
./main.go:37:24:   flow: {storage for ... argument} ← &{storage for (*net.IPNet).Contains(n, net.IPv4(byte(192), byte(168), byte(4), byte(4)))}:
./main.go:37:24:     from (*net.IPNet).Contains(n, net.IPv4(byte(192), byte(168), byte(4), byte(4))) (spill) at ./main.go:37:24
./main.go:37:24:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:24:   flow: {heap} ← {storage for ... argument}:
./main.go:37:24:     from ... argument (spill) at ./main.go:37:13
./main.go:37:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:37:70: strings.Count(net.IPMask.String(n.Mask), "f") escapes to heap in main:
./main.go:37:70:   flow: {storage for ... argument} ← &{storage for strings.Count(net.IPMask.String(n.Mask), "f")}:
./main.go:37:70:     from strings.Count(net.IPMask.String(n.Mask), "f") (spill) at ./main.go:37:70
./main.go:37:70:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:70:   flow: {heap} ← {storage for ... argument}:
./main.go:37:70:     from ... argument (spill) at ./main.go:37:13
./main.go:37:70:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:39:14: hw escapes to heap in main:
./main.go:39:14:   flow: {storage for ... argument} ← &{storage for hw}:
./main.go:39:14:     from hw (spill) at ./main.go:39:14
./main.go:39:14:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:14:   flow: {heap} ← {storage for ... argument}:
./main.go:39:14:     from ... argument (spill) at ./main.go:39:13
./main.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:33:28: []string{...} does not escape
./main.go:34:14: ... argument does not escape
./main.go:34:15: s escapes to heap
./main.go:34:18: "=>" escapes to heap
./main.go:34:32: classify(s) escapes to heap
./main.go:37:13: ... argument does not escape
./main.go:37:24: (*net.IPNet).Contains(n, net.IPv4(byte(192), byte(168), byte(4), byte(4))) escapes to heap
./main.go:37:70: strings.Count(net.IPMask.String(n.Mask), "f") escapes to heap
./main.go:39:13: ... argument does not escape
./main.go:39:14: hw escapes to heap
