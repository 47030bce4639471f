./main.go:10:14: parameter prefix leaks to {heap} for flatten with derefs=0:
./main.go:10:14:   flow: {heap} ← prefix:
./main.go:10:14:     from out[prefix] (key of map put) at ./main.go:25:6
./main.go:10:29: parameter v leaks to {heap} for flatten with derefs=0:
./main.go:10:29:   flow: {heap} ← v:
./main.go:10:29:     from out[prefix] = v (assign) at ./main.go:25:15
./main.go:22:34: prefix escapes to heap in flatten:
./main.go:22:34:   flow: {storage for ... argument} ← &{storage for prefix}:
./main.go:22:34:     from prefix (spill) at ./main.go:22:34
./main.go:22:34:     from ... argument (slice-literal-element) at ./main.go:22:23
./main.go:22:34:   flow: {heap} ← {storage for ... argument}:
./main.go:22:34:     from ... argument (spill) at ./main.go:22:23
./main.go:22:34:     from fmt.Sprintf("%s[%d]", ... argument...) (call parameter) at ./main.go:22:23
./main.go:22:42: i escapes to heap in flatten:
./main.go:22:42:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:22:42:     from i (spill) at ./main.go:22:42
./main.go:22:42:     from ... argument (slice-literal-element) at ./main.go:22:23
./main.go:22:42:   flow: {heap} ← {storage for ... argument}:
./main.go:22:42:     from ... argument (spill) at ./main.go:22:23
./main.go:22:42:     from fmt.Sprintf("%s[%d]", ... argument...) (call parameter) at ./main.go:22:23
./main.go:16:24: prefix + "." + k escapes to heap in flatten:
./main.go:16:24:   flow: key ← &{storage for prefix + "." + k}:
./main.go:16:24:     from prefix + "." + k (spill) at ./main.go:16:24
./main.go:16:24:     from key = prefix + "." + k (assign) at ./main.go:16:9
./main.go:16:24:   flow: prefix ← key:
./main.go:16:24:     from flatten(key, val, out) (call parameter) at ./main.go:18:11
./main.go:16:24:   flow: {heap} ← prefix:
./main.go:16:24:     from out[prefix] (key of map put) at ./main.go:25:6
./main.go:10:14: parameter prefix leaks to {storage for prefix} for flatten with derefs=0:
./main.go:10:14:   flow: {storage for prefix} ← prefix:
./main.go:10:14:     from prefix (interface-converted) at ./main.go:22:34
./main.go:10:14: leaking param: prefix
./main.go:10:29: leaking param: v
./main.go:10:36: out does not escape
./main.go:16:24: prefix + "." + k escapes to heap
./main.go:22:23: ... argument does not escape
./main.go:22:34: prefix escapes to heap
./main.go:22:42: i escapes to heap
./main.go:30:6: doc escapes to heap in main:
./main.go:30:6:   flow: {heap} ← &doc:
./main.go:30:6:     from &doc (address-of) at ./main.go:32:33
./main.go:30:6:     from &doc (interface-converted) at ./main.go:32:33
./main.go:30:6:     from json.Unmarshal(data, &doc) (call parameter) at ./main.go:32:26
./main.go:31:17: ([]byte)("{\"name\":\"svc\",\"ports\":[80,443],\"owner\":{\"team\":\"infra\",\...) escapes to heap in main:
./main.go:31:17:   flow: data ← &{storage for ([]byte)("{\"name\":\"svc\",\"ports\":[80,443],\"owner\":{\"team\":\"infra\",\...)}:
./main.go:31:17:     from ([]byte)("{\"name\":\"svc\",\"ports\":[80,443],\"owner\":{\"team\":\"infra\",\...) (spill) at ./main.go:31:17
./main.go:31:17:     from data := ([]byte)("{\"name\":\"svc\",\"ports\":[80,443],\"owner\":{\"team\":\"infra\",\...) (assign) at ./main.go:31:7
./main.go:31:17:   flow: {heap} ← data:
./main.go:31:17:     from json.Unmarshal(data, &doc) (call parameter) at ./main.go:32:26
./main.go:43:15: k escapes to heap in main:
./main.go:43:15:   flow: {storage for ... argument} ← &{storage for k}:
./main.go:43:15:     from k (spill) at ./main.go:43:15
./main.go:43:15:     from ... argument (slice-literal-element) at ./main.go:43:14
./main.go:43:15:   flow: {heap} ← {storage for ... argument}:
./main.go:43:15:     from ... argument (spill) at ./main.go:43:14
./main.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:14
./main.go:43:18: "=" escapes to heap in main:
./main.go:43:18:   flow: {storage for ... argument} ← &{storage for "="}:
./main.go:43:18:     from "=" (spill) at ./main.go:43:18
./main.go:43:18:     from ... argument (slice-literal-element) at ./main.go:43:14
./main.go:43:18:   flow: {heap} ← {storage for ... argument}:
./main.go:43:18:     from ... argument (spill) at ./main.go:43:14
./main.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:14
./main.go:30:6: moved to heap: doc
./main.go:31:17: ([]byte)("{\"name\":\"svc\",\"ports\":[80,443],\"owner\":{\"team\":\"infra\",\...) escapes to heap
./main.go:35:24: map[string]any{} does not escape
./main.go:37:14: make([]string, 0, len(flat)) does not escape
./main.go:39:16: append does not escape
./main.go:43:14: ... argument does not escape
./main.go:43:15: k escapes to heap
./main.go:43:18: "=" escapes to heap
