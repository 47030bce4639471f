./main.go:16:6: u escapes to heap in main:
./main.go:16:6:   flow: {heap} ← &u:
./main.go:16:6:     from &u (address-of) at ./main.go:17:33
./main.go:16:6:     from &u (interface-converted) at ./main.go:17:33
./main.go:16:6:     from json.Unmarshal(data, &u) (call parameter) at ./main.go:17:26
./main.go:21:6: m escapes to heap in main:
./main.go:21:6:   flow: {heap} ← &m:
./main.go:21:6:     from &m (address-of) at ./main.go:22:23
./main.go:21:6:     from &m (interface-converted) at ./main.go:22:23
./main.go:21:6:     from json.Unmarshal(data, &m) (call parameter) at ./main.go:22:16
./main.go:15:17: ([]byte)("{\"name\":\"Bo\",\"age\":4}") escapes to heap in main:
./main.go:15:17:   flow: data ← &{storage for ([]byte)("{\"name\":\"Bo\",\"age\":4}")}:
./main.go:15:17:     from ([]byte)("{\"name\":\"Bo\",\"age\":4}") (spill) at ./main.go:15:17
./main.go:15:17:     from data := ([]byte)("{\"name\":\"Bo\",\"age\":4}") (assign) at ./main.go:15:7
./main.go:15:17:   flow: {heap} ← data:
./main.go:15:17:     from json.Unmarshal(data, &u) (call parameter) at ./main.go:17:26
./main.go:20:22: u escapes to heap in main:
./main.go:20:22:   flow: {storage for ... argument} ← &{storage for u}:
./main.go:20:22:     from u (spill) at ./main.go:20:22
./main.go:20:22:     from ... argument (slice-literal-element) at ./main.go:20:12
./main.go:20:22:   flow: {heap} ← {storage for ... argument}:
./main.go:20:22:     from ... argument (spill) at ./main.go:20:12
./main.go:20:22:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./main.go:20:12
./main.go:16:6: moved to heap: u
./main.go:21:6: moved to heap: m
./main.go:15:17: ([]byte)("{\"name\":\"Bo\",\"age\":4}") escapes to heap
./main.go:20:12: ... argument does not escape
./main.go:20:22: u escapes to heap
./main.go:23:13: ... argument does not escape
