./main.go:20:22: append(a.prefixes, netip.Prefix.Masked(p)) escapes to heap in NewAllowlist:
./main.go:20:22:   flow: {heap} ← &{storage for append(a.prefixes, netip.Prefix.Masked(p))}:
./main.go:20:22:     from append(a.prefixes, netip.Prefix.Masked(p)) (spill) at ./main.go:20:22
./main.go:20:22:     from a.prefixes = append(a.prefixes, netip.Prefix.Masked(p)) (assign) at ./main.go:20:14
./main.go:18:46: c escapes to heap in NewAllowlist:
./main.go:18:46:   flow: {storage for ... argument} ← &{storage for c}:
./main.go:18:46:     from c (spill) at ./main.go:18:46
./main.go:18:46:     from ... argument (slice-literal-element) at ./main.go:18:26
./main.go:18:46:   flow: {heap} ← {storage for ... argument}:
./main.go:18:46:     from ... argument (spill) at ./main.go:18:26
./main.go:18:46:     from fmt.Errorf("bad cidr %q: %w", ... argument...) (call parameter) at ./main.go:18:26
./main.go:13:19: parameter cidrs leaks to {heap} for NewAllowlist with derefs=1:
./main.go:13:19:   flow: {temp} ← cidrs:
./main.go:13:19:   flow: c ← *{temp}:
./main.go:13:19:     from for loop (range-deref) at ./main.go:15:14
./main.go:13:19:   flow: {heap} ← c:
./main.go:13:19:     from netip.ParsePrefix(c) (call parameter) at ./main.go:16:30
./main.go:13:19: parameter cidrs leaks to {storage for c} for NewAllowlist with derefs=1:
./main.go:13:19:   flow: {temp} ← cidrs:
./main.go:13:19:   flow: c ← *{temp}:
./main.go:13:19:     from for loop (range-deref) at ./main.go:15:14
./main.go:13:19:   flow: {storage for c} ← c:
./main.go:13:19:     from c (interface-converted) at ./main.go:18:46
./main.go:14:7: &Allowlist{} escapes to heap in NewAllowlist:
./main.go:14:7:   flow: a ← &{storage for &Allowlist{}}:
./main.go:14:7:     from &Allowlist{} (spill) at ./main.go:14:7
./main.go:14:7:     from a := &Allowlist{} (assign) at ./main.go:14:4
./main.go:14:7:   flow: ~r0 ← a:
./main.go:14:7:     from return a, nil (return) at ./main.go:22:2
./main.go:13:19: leaking param content: cidrs
./main.go:14:7: &Allowlist{} escapes to heap
./main.go:18:26: ... argument does not escape
./main.go:18:46: c escapes to heap
./main.go:20:22: append escapes to heap
./main.go:25:7: a does not escape
./main.go:25:29: addr does not escape
./main.go:41:15: s escapes to heap in main:
./main.go:41:15:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:41:15:     from s (spill) at ./main.go:41:15
./main.go:41:15:     from ... argument (slice-literal-element) at ./main.go:41:14
./main.go:41:15:   flow: {heap} ← {storage for ... argument}:
./main.go:41:15:     from ... argument (spill) at ./main.go:41:14
./main.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:14
./main.go:41:28: (*Allowlist).Allowed(al, addr) escapes to heap in main:
./main.go:41:28:   flow: {storage for ... argument} ← &{storage for (*Allowlist).Allowed(al, addr)}:
./main.go:41:28:     from (*Allowlist).Allowed(al, addr) (spill) at ./main.go:41:28
./main.go:41:28:     from ... argument (slice-literal-element) at ./main.go:41:14
./main.go:41:28:   flow: {heap} ← {storage for ... argument}:
./main.go:41:28:     from ... argument (spill) at ./main.go:41:14
./main.go:41:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:14
./main.go:41:44: netip.Addr.Is4(addr) escapes to heap in main:
./main.go:41:44:   flow: {storage for ... argument} ← &{storage for netip.Addr.Is4(addr)}:
./main.go:41:44:     from netip.Addr.Is4(addr) (spill) at ./main.go:41:44
./main.go:41:44:     from ... argument (slice-literal-element) at ./main.go:41:14
./main.go:41:44:   flow: {heap} ← {storage for ... argument}:
./main.go:41:44:     from ... argument (spill) at ./main.go:41:14
./main.go:41:44:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:14
./main.go:35:25: ... argument does not escape
./main.go:39:28: []string{...} does not escape
./main.go:41:14: ... argument does not escape
./main.go:41:15: s escapes to heap
./main.go:41:28: (*Allowlist).Allowed(al, addr) escapes to heap
./main.go:41:44: netip.Addr.Is4(addr) escapes to heap
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
