./main.go:21:32: levelNames[l] escapes to heap in Level.MarshalJSON:
./main.go:21:32:   flow: {heap} ← &{storage for levelNames[l]}:
./main.go:21:32:     from levelNames[l] (spill) at ./main.go:21:32
./main.go:21:32:     from json.Marshal(levelNames[l]) (call parameter) at ./main.go:21:21
./main.go:21:32: levelNames[l] escapes to heap
./main.go:25:6: s escapes to heap in (*Level).UnmarshalJSON:
./main.go:25:6:   flow: {heap} ← &s:
./main.go:25:6:     from &s (address-of) at ./main.go:26:30
./main.go:25:6:     from &s (interface-converted) at ./main.go:26:30
./main.go:25:6:     from json.Unmarshal(b, &s) (call parameter) at ./main.go:26:26
./main.go:24:31: parameter b leaks to {heap} for (*Level).UnmarshalJSON with derefs=0:
./main.go:24:31:   flow: {heap} ← b:
./main.go:24:31:     from json.Unmarshal(b, &s) (call parameter) at ./main.go:26:26
./main.go:35:40: s escapes to heap in (*Level).UnmarshalJSON:
./main.go:35:40:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:35:40:     from s (spill) at ./main.go:35:40
./main.go:35:40:     from ... argument (slice-literal-element) at ./main.go:35:19
./main.go:35:40:   flow: {heap} ← {storage for ... argument}:
./main.go:35:40:     from ... argument (spill) at ./main.go:35:19
./main.go:35:40:     from fmt.Errorf("unknown level %q", ... argument...) (call parameter) at ./main.go:35:19
./main.go:24:7: l does not escape
./main.go:24:31: leaking param: b
./main.go:25:6: moved to heap: s
./main.go:35:19: ... argument does not escape
./main.go:35:40: s escapes to heap
./main.go:45:25: e escapes to heap in main:
./main.go:45:25:   flow: {heap} ← &{storage for e}:
./main.go:45:25:     from e (spill) at ./main.go:45:25
./main.go:45:25:     from json.Marshal(e) (call parameter) at ./main.go:45:24
./main.go:49:30: ([]byte)("{\"level\":\"INFO\",\"msg\":\"ok\"}") escapes to heap in main:
./main.go:49:30:   flow: {heap} ← &{storage for ([]byte)("{\"level\":\"INFO\",\"msg\":\"ok\"}")}:
./main.go:49:30:     from ([]byte)("{\"level\":\"INFO\",\"msg\":\"ok\"}") (spill) at ./main.go:49:30
./main.go:49:30:     from json.Unmarshal(([]byte)("{\"level\":\"INFO\",\"msg\":\"ok\"}"), &back) (call parameter) at ./main.go:49:22
./main.go:48:6: back escapes to heap in main:
./main.go:48:6:   flow: {heap} ← &back:
./main.go:48:6:     from &back (address-of) at ./main.go:49:62
./main.go:48:6:     from &back (interface-converted) at ./main.go:49:62
./main.go:48:6:     from json.Unmarshal(([]byte)("{\"level\":\"INFO\",\"msg\":\"ok\"}"), &back) (call parameter) at ./main.go:49:22
./main.go:46:20: string(b) escapes to heap in main:
./main.go:46:20:   flow: {storage for ... argument} ← &{storage for string(b)}:
./main.go:46:20:     from string(b) (spill) at ./main.go:46:20
./main.go:46:20:     from ... argument (slice-literal-element) at ./main.go:46:13
./main.go:46:20:   flow: {heap} ← {storage for ... argument}:
./main.go:46:20:     from ... argument (spill) at ./main.go:46:13
./main.go:46:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:13
./main.go:50:18: back.Level escapes to heap in main:
./main.go:50:18:   flow: {storage for ... argument} ← &{storage for back.Level}:
./main.go:50:18:     from back.Level (spill) at ./main.go:50:18
./main.go:50:18:     from ... argument (slice-literal-element) at ./main.go:50:13
./main.go:50:18:   flow: {heap} ← {storage for ... argument}:
./main.go:50:18:     from ... argument (spill) at ./main.go:50:13
./main.go:50:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:50:13
./main.go:50:30: back.Message escapes to heap in main:
./main.go:50:30:   flow: {storage for ... argument} ← &{storage for back.Message}:
./main.go:50:30:     from back.Message (spill) at ./main.go:50:30
./main.go:50:30:     from ... argument (slice-literal-element) at ./main.go:50:13
./main.go:50:30:   flow: {heap} ← {storage for ... argument}:
./main.go:50:30:     from ... argument (spill) at ./main.go:50:13
./main.go:50:30:     from fmt.Println(... argument...) (call parameter) at ./main.go:50:13
./main.go:46:21: string(b) escapes to heap in main:
./main.go:46:21:   flow: {storage for string(b)} ← &{storage for string(b)}:
./main.go:46:21:     from string(b) (spill) at ./main.go:46:21
./main.go:46:21:     from string(b) (interface-converted) at ./main.go:46:20
./main.go:48:6: moved to heap: back
./main.go:45:25: e escapes to heap
./main.go:46:13: ... argument does not escape
./main.go:46:20: string(b) escapes to heap
./main.go:46:21: string(b) escapes to heap
./main.go:49:30: ([]byte)("{\"level\":\"INFO\",\"msg\":\"ok\"}") escapes to heap
./main.go:50:13: ... argument does not escape
./main.go:50:18: back.Level escapes to heap
./main.go:50:30: back.Message escapes to heap
