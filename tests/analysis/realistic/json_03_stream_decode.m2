./main.go:28:7: ev escapes to heap in decodeAll:
./main.go:28:7:   flow: {heap} ← &ev:
./main.go:28:7:     from &ev (address-of) at ./main.go:29:21
./main.go:28:7:     from &ev (interface-converted) at ./main.go:29:21
./main.go:28:7:     from (*json.Decoder).Decode(dec, &ev) (call parameter) at ./main.go:29:20
./main.go:38:8: c escapes to heap in decodeAll:
./main.go:38:8:   flow: {heap} ← &c:
./main.go:38:8:     from &c (address-of) at ./main.go:39:38
./main.go:38:8:     from &c (interface-converted) at ./main.go:39:38
./main.go:38:8:     from json.Unmarshal(ev.Data, &c) (call parameter) at ./main.go:39:28
./main.go:42:22: c escapes to heap in decodeAll:
./main.go:42:22:   flow: {heap} ← &{storage for c}:
./main.go:42:22:     from c (spill) at ./main.go:42:22
./main.go:42:22:     from append(out, c) (call parameter) at ./main.go:42:16
./main.go:24:16: parameter r leaks to {heap} for decodeAll with derefs=0:
./main.go:24:16:   flow: {heap} ← r:
./main.go:24:16:     from json.NewDecoder(r) (call parameter) at ./main.go:25:24
./main.go:44:12: new(KeyPress) escapes to heap in decodeAll:
./main.go:44:12:   flow: k ← &{storage for new(KeyPress)}:
./main.go:44:12:     from new(KeyPress) (spill) at ./main.go:44:12
./main.go:44:12:     from k := new(KeyPress) (assign) at ./main.go:44:6
./main.go:44:12:   flow: {heap} ← k:
./main.go:44:12:     from k (interface-converted) at ./main.go:45:38
./main.go:44:12:     from json.Unmarshal(ev.Data, k) (call parameter) at ./main.go:45:28
./main.go:42:16: append(out, c) escapes to heap in decodeAll:
./main.go:42:16:   flow: out ← &{storage for append(out, c)}:
./main.go:42:16:     from append(out, c) (spill) at ./main.go:42:16
./main.go:42:16:     from out = append(out, c) (assign) at ./main.go:42:8
./main.go:42:16:   flow: ~r0 ← out:
./main.go:42:16:     from return out, nil (return) at ./main.go:31:4
./main.go:48:16: append(out, k) escapes to heap in decodeAll:
./main.go:48:16:   flow: out ← &{storage for append(out, k)}:
./main.go:48:16:     from append(out, k) (spill) at ./main.go:48:16
./main.go:48:16:     from out = append(out, k) (assign) at ./main.go:48:8
./main.go:48:16:   flow: ~r0 ← out:
./main.go:48:16:     from return out, nil (return) at ./main.go:31:4
./main.go:24:16: leaking param: r
./main.go:28:7: moved to heap: ev
./main.go:38:8: moved to heap: c
./main.go:42:22: c escapes to heap
./main.go:42:16: append escapes to heap
./main.go:44:12: new(KeyPress) escapes to heap
./main.go:48:16: append escapes to heap
./main.go:58:17: len(evs) escapes to heap in main:
./main.go:58:17:   flow: {storage for ... argument} ← &{storage for len(evs)}:
./main.go:58:17:     from len(evs) (spill) at ./main.go:58:17
./main.go:58:17:     from ... argument (slice-literal-element) at ./main.go:58:13
./main.go:58:17:   flow: {heap} ← {storage for ... argument}:
./main.go:58:17:     from ... argument (spill) at ./main.go:58:13
./main.go:58:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:58:13
./main.go:58:13: ... argument does not escape
./main.go:58:17: len(evs) escapes to heap
./main.go:60:13: ... argument does not escape
