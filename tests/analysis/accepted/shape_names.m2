./main.go:11:13: Swap[go.shape.struct { ID int "json:\"id\""; main.name string; When time.Time; Addr net/netip.Addr }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.struct { ID int "json:\"id\""; main.name string; When time.Time; Addr net/netip.Addr }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.*uint8] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.*uint8] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.func(int) bool] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.func(int) bool] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.chan<- string] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.chan<- string] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.map[string][]uint8] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.map[string][]uint8] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.interface { String() string }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.interface { String() string }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.interface {}] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.interface {}] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.interface { Error() string }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.interface { Error() string }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.[2]int32] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.[2]int32] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.int] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.int] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.struct { main.a int; main.b int }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.struct { main.a int; main.b int }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.struct { time.wall uint64; time.ext int64; time.loc *time.Location }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.struct { time.wall uint64; time.ext int64; time.loc *time.Location }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.struct { X float64; Y float64 }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.struct { X float64; Y float64 }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.[]main.User] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.[]main.User] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.interface { Len() int }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:11:13: Swap[go.shape.interface { Len() int }] ignoring self-assignment in s[0], s[1] = s[1], s[0]
./main.go:27:13: []User{...} does not escape
./main.go:28:14: []*User{...} does not escape
./main.go:29:23: []func(int) bool{...} does not escape
./main.go:30:22: []chan<- string{...} does not escape
./main.go:31:26: []map[string][]byte{...} does not escape
./main.go:32:17: []Stringer{...} does not escape
./main.go:33:21: []fmt.Stringer{...} does not escape
./main.go:34:12: []any{...} does not escape
./main.go:35:14: []error{...} does not escape
./main.go:36:16: [][2]rune{...} does not escape
./main.go:37:14: []MyInt{...} does not escape
./main.go:38:14: []local{...} does not escape
./main.go:39:18: []time.Time{...} does not escape
./main.go:40:31: []struct { X float64; Y float64 }{...} does not escape
./main.go:41:15: [][]User{...} does not escape
./main.go:42:31: []interface { Len() int }{...} does not escape
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h.value (dot) at $GOROOT/src/unique/handle.go:27:11
$GOROOT/src/unique/handle.go:26:7:     from *unique.h.value (indirection) at $GOROOT/src/unique/handle.go:27:9
$GOROOT/src/unique/handle.go:26:7:     from return *unique.h.value (return) at $GOROOT/src/unique/handle.go:27:2
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[net/netip.addrDetail].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, &unique..dict.Handle[net/netip.addrDetail]) (call parameter) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, &unique..dict.Handle[net/netip.addrDetail]) (return) at $GOROOT/src/unique/handle.go:26:6
<autogenerated>:1: parameter ~p0 leaks to {heap} for Stringer.String with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.String() (call parameter) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for (*Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }]).Value with derefs=2:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← **unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h (indirection) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, unique..dict) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, unique..dict) (return) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for interface { String() string }.String with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.String() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for interface { Error() string }.Error with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Error() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for interface { Len() int }.Len with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Len() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for interface { Len() int }.Len with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Len() (call parameter) at <autogenerated>:1
