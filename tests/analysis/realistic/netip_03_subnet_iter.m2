./main.go:9:12: parameter p leaks to {heap} for hosts with derefs=0:
./main.go:9:12:   flow: a ← p:
./main.go:9:12:     from netip.Prefix.Addr(p) (call parameter) at ./main.go:12:17
./main.go:9:12:     from netip.Addr.Next(netip.Prefix.Addr(p)) (call parameter) at ./main.go:12:24
./main.go:9:12:     from a := netip.Addr.Next(netip.Prefix.Addr(p)) (assign) at ./main.go:12:8
./main.go:9:12:   flow: {heap} ← a:
./main.go:9:12:     from append(out, a) (call parameter) at ./main.go:13:15
./main.go:13:15: append(out, a) escapes to heap in hosts:
./main.go:13:15:   flow: out ← &{storage for append(out, a)}:
./main.go:13:15:     from append(out, a) (spill) at ./main.go:13:15
./main.go:13:15:     from out = append(out, a) (assign) at ./main.go:13:7
./main.go:13:15:   flow: ~r0 ← out:
./main.go:13:15:     from return out (return) at ./main.go:18:2
./main.go:9:12: leaking param: p
./main.go:13:15: append escapes to heap
./main.go:24:23: netip.Addr.String(h) escapes to heap in main:
./main.go:24:23:   flow: {storage for ... argument} ← &{storage for netip.Addr.String(h)}:
./main.go:24:23:     from netip.Addr.String(h) (spill) at ./main.go:24:23
./main.go:24:23:     from ... argument (slice-literal-element) at ./main.go:24:14
./main.go:24:23:   flow: {heap} ← {storage for ... argument}:
./main.go:24:23:     from ... argument (spill) at ./main.go:24:14
./main.go:24:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:14
./main.go:24:32: netip.Addr.As4(h) escapes to heap in main:
./main.go:24:32:   flow: {storage for ... argument} ← &{storage for netip.Addr.As4(h)}:
./main.go:24:32:     from netip.Addr.As4(h) (spill) at ./main.go:24:32
./main.go:24:32:     from ... argument (slice-literal-element) at ./main.go:24:14
./main.go:24:32:   flow: {heap} ← {storage for ... argument}:
./main.go:24:32:     from ... argument (spill) at ./main.go:24:14
./main.go:24:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:14
./main.go:26:20: netip.Prefix.Bits(p) escapes to heap in main:
./main.go:26:20:   flow: {storage for ... argument} ← &{storage for netip.Prefix.Bits(p)}:
./main.go:26:20:     from netip.Prefix.Bits(p) (spill) at ./main.go:26:20
./main.go:26:20:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:20:   flow: {heap} ← {storage for ... argument}:
./main.go:26:20:     from ... argument (spill) at ./main.go:26:13
./main.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:26:13
./main.go:26:33: netip.Prefix.IsValid(p) escapes to heap in main:
./main.go:26:33:   flow: {storage for ... argument} ← &{storage for netip.Prefix.IsValid(p)}:
./main.go:26:33:     from netip.Prefix.IsValid(p) (spill) at ./main.go:26:33
./main.go:26:33:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:33:   flow: {heap} ← {storage for ... argument}:
./main.go:26:33:     from ... argument (spill) at ./main.go:26:13
./main.go:26:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:26:13
./main.go:26:60: netip.Addr.Is4In6(netip.Addr.Unmap(netip.Prefix.Addr(p))) escapes to heap in main:
./main.go:26:60:   flow: {storage for ... argument} ← &{storage for netip.Addr.Is4In6(netip.Addr.Unmap(netip.Prefix.Addr(p)))}:
./main.go:26:60:     from netip.Addr.Is4In6(netip.Addr.Unmap(netip.Prefix.Addr(p))) (spill) at ./main.go:26:60
./main.go:26:60:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:60:   flow: {heap} ← {storage for ... argument}:
./main.go:26:60:     from ... argument (spill) at ./main.go:26:13
./main.go:26:60:     from fmt.Println(... argument...) (call parameter) at ./main.go:26:13
./main.go:28:20: string(b) escapes to heap in main:
./main.go:28:20:   flow: {storage for ... argument} ← &{storage for string(b)}:
./main.go:28:20:     from string(b) (spill) at ./main.go:28:20
./main.go:28:20:     from ... argument (slice-literal-element) at ./main.go:28:13
./main.go:28:20:   flow: {heap} ← {storage for ... argument}:
./main.go:28:20:     from ... argument (spill) at ./main.go:28:13
./main.go:28:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:28:13
./main.go:28:21: string(b) escapes to heap in main:
./main.go:28:21:   flow: {storage for string(b)} ← &{storage for string(b)}:
./main.go:28:21:     from string(b) (spill) at ./main.go:28:21
./main.go:28:21:     from string(b) (interface-converted) at ./main.go:28:20
./main.go:24:14: ... argument does not escape
./main.go:24:23: netip.Addr.String(h) escapes to heap
./main.go:24:32: netip.Addr.As4(h) escapes to heap
./main.go:26:13: ... argument does not escape
./main.go:26:20: netip.Prefix.Bits(p) escapes to heap
./main.go:26:33: netip.Prefix.IsValid(p) escapes to heap
./main.go:26:60: netip.Addr.Is4In6(netip.Addr.Unmap(netip.Prefix.Addr(p))) escapes to heap
./main.go:28:13: ... argument does not escape
./main.go:28:20: string(b) escapes to heap
./main.go:28:21: string(b) escapes to heap
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
