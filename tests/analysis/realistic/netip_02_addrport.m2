./main.go:26:13: peers escapes to heap in parsePeers:
./main.go:26:13:   flow: {heap} ← &{storage for peers}:
./main.go:26:13:     from peers (spill) at ./main.go:26:13
./main.go:26:13:     from sort.Slice(peers, func literal) (call parameter) at ./main.go:26:12
./main.go:16:6: parsePeers capturing by value: peers (addr=false assign=false width=24)
./main.go:15:17: parameter specs leaks to {heap} for parsePeers with derefs=1:
./main.go:15:17:   flow: {temp} ← specs:
./main.go:15:17:   flow: s ← *{temp}:
./main.go:15:17:     from for loop (range-deref) at ./main.go:18:17
./main.go:15:17:   flow: {heap} ← s:
./main.go:15:17:     from netip.ParseAddrPort(s) (call parameter) at ./main.go:19:33
./main.go:24:17: append(peers, Peer{...}) escapes to heap in parsePeers:
./main.go:24:17:   flow: peers ← &{storage for append(peers, Peer{...})}:
./main.go:24:17:     from append(peers, Peer{...}) (spill) at ./main.go:24:17
./main.go:24:17:     from peers = append(peers, Peer{...}) (assign) at ./main.go:24:9
./main.go:24:17:   flow: {storage for peers} ← peers:
./main.go:24:17:     from peers (interface-converted) at ./main.go:26:13
./main.go:21:17: append(errs, err) escapes to heap in parsePeers:
./main.go:21:17:   flow: errs ← &{storage for append(errs, err)}:
./main.go:21:17:     from append(errs, err) (spill) at ./main.go:21:17
./main.go:21:17:     from errs = append(errs, err) (assign) at ./main.go:21:9
./main.go:21:17:   flow: ~r1 ← errs:
./main.go:21:17:     from return peers, errs (return) at ./main.go:29:2
./main.go:15:17: leaking param content: specs
./main.go:21:17: append escapes to heap
./main.go:24:17: append escapes to heap
./main.go:26:13: peers escapes to heap
./main.go:26:20: func literal does not escape
./main.go:40:16: p.Name escapes to heap in main:
./main.go:40:16:   flow: {storage for ... argument} ← &{storage for p.Name}:
./main.go:40:16:     from p.Name (spill) at ./main.go:40:16
./main.go:40:16:     from ... argument (slice-literal-element) at ./main.go:40:14
./main.go:40:16:   flow: {heap} ← {storage for ... argument}:
./main.go:40:16:     from ... argument (spill) at ./main.go:40:14
./main.go:40:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:14
./main.go:40:34: netip.AddrPort.Addr(p.Addr) escapes to heap in main:
./main.go:40:34:   flow: {storage for ... argument} ← &{storage for netip.AddrPort.Addr(p.Addr)}:
./main.go:40:34:     from netip.AddrPort.Addr(p.Addr) (spill) at ./main.go:40:34
./main.go:40:34:     from ... argument (slice-literal-element) at ./main.go:40:14
./main.go:40:34:   flow: {heap} ← {storage for ... argument}:
./main.go:40:34:     from ... argument (spill) at ./main.go:40:14
./main.go:40:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:14
./main.go:40:49: netip.AddrPort.Port(p.Addr) escapes to heap in main:
./main.go:40:49:   flow: {storage for ... argument} ← &{storage for netip.AddrPort.Port(p.Addr)}:
./main.go:40:49:     from netip.AddrPort.Port(p.Addr) (spill) at ./main.go:40:49
./main.go:40:49:     from ... argument (slice-literal-element) at ./main.go:40:14
./main.go:40:49:   flow: {heap} ← {storage for ... argument}:
./main.go:40:49:     from ... argument (spill) at ./main.go:40:14
./main.go:40:49:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:14
./main.go:40:77: netip.Addr.IsLoopback(netip.AddrPort.Addr(p.Addr)) escapes to heap in main:
./main.go:40:77:   flow: {storage for ... argument} ← &{storage for netip.Addr.IsLoopback(netip.AddrPort.Addr(p.Addr))}:
./main.go:40:77:     from netip.Addr.IsLoopback(netip.AddrPort.Addr(p.Addr)) (spill) at ./main.go:40:77
./main.go:40:77:     from ... argument (slice-literal-element) at ./main.go:40:14
./main.go:40:77:   flow: {heap} ← {storage for ... argument}:
./main.go:40:77:     from ... argument (spill) at ./main.go:40:14
./main.go:40:77:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:14
./main.go:42:17: len(errs) escapes to heap in main:
./main.go:42:17:   flow: {storage for ... argument} ← &{storage for len(errs)}:
./main.go:42:17:     from len(errs) (spill) at ./main.go:42:17
./main.go:42:17:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:17:   flow: {heap} ← {storage for ... argument}:
./main.go:42:17:     from ... argument (spill) at ./main.go:42:13
./main.go:42:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:25: "errors" escapes to heap in main:
./main.go:42:25:   flow: {storage for ... argument} ← &{storage for "errors"}:
./main.go:42:25:     from "errors" (spill) at ./main.go:42:25
./main.go:42:25:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:25:   flow: {heap} ← {storage for ... argument}:
./main.go:42:25:     from ... argument (spill) at ./main.go:42:13
./main.go:42:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:33:45: map[string]string{...} does not escape
./main.go:40:14: ... argument does not escape
./main.go:40:16: p.Name escapes to heap
./main.go:40:34: netip.AddrPort.Addr(p.Addr) escapes to heap
./main.go:40:49: netip.AddrPort.Port(p.Addr) escapes to heap
./main.go:40:77: netip.Addr.IsLoopback(netip.AddrPort.Addr(p.Addr)) escapes to heap
./main.go:42:13: ... argument does not escape
./main.go:42:17: len(errs) escapes to heap
./main.go:42:25: "errors" escapes to heap
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h.value (dot) at $GOROOT/src/unique/handle.go:27:11
$GOROOT/src/unique/handle.go:26:7:     from *unique.h.value (indirection) at $GOROOT/src/unique/handle.go:27:9
$GOROOT/src/unique/handle.go:26:7:     from return *unique.h.value (return) at $GOROOT/src/unique/handle.go:27:2
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[net/netip.addrDetail].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, &unique..dict.Handle[net/netip.addrDetail]) (call parameter) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, &unique..dict.Handle[net/netip.addrDetail]) (return) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for (*Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }]).Value with derefs=2:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← **unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h (indirection) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, unique..dict) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, unique..dict) (return) at <autogenerated>:1
