./main.go:15:21: strings.Join(t, ",") escapes to heap in Tags.Value:
./main.go:15:21:   flow: ~r0 ← &{storage for strings.Join(t, ",")}:
./main.go:15:21:     from strings.Join(t, ",") (spill) at ./main.go:15:21
./main.go:15:21:     from return strings.Join(t, ","), nil (return) at ./main.go:15:2
./main.go:14:7: parameter t leaks to {storage for strings.Join(t, ",")} for Tags.Value with derefs=1:
./main.go:14:7:   flow: {storage for strings.Join(t, ",")} ← *t:
./main.go:14:7:     from strings.Join(t, ",") (call parameter) at ./main.go:15:21
./main.go:14:7:     from strings.Join(t, ",") (interface-converted) at ./main.go:15:21
./main.go:14:7: leaking param content: t
./main.go:15:21: strings.Join(t, ",") escapes to heap
./main.go:23:29: string(v) escapes to heap in (*Tags).Scan:
./main.go:23:29:   flow: {heap} ← &{storage for string(v)}:
./main.go:23:29:     from string(v) (spill) at ./main.go:23:29
./main.go:23:29:     from strings.Split(string(v), ",") (call parameter) at ./main.go:23:21
./main.go:18:21: parameter src leaks to {heap} for (*Tags).Scan with derefs=0:
./main.go:18:21:   flow: {storage for ... argument} ← src:
./main.go:18:21:     from ... argument (slice-literal-element) at ./main.go:27:20
./main.go:18:21:   flow: {heap} ← {storage for ... argument}:
./main.go:18:21:     from ... argument (spill) at ./main.go:27:20
./main.go:18:21:     from fmt.Errorf("cannot scan %T into Tags", ... argument...) (call parameter) at ./main.go:27:20
./main.go:18:7: t does not escape
./main.go:18:21: leaking param: src
./main.go:23:29: string(v) escapes to heap
./main.go:27:20: ... argument does not escape
./main.go:41:2: r escapes to heap in main:
./main.go:41:2:   flow: {heap} ← &r:
./main.go:41:2:     from r.Email (dot) at ./main.go:42:3
./main.go:41:2:     from r.Email (address-of) at ./main.go:42:9
./main.go:41:2:     from (*sql.NullString).Scan(r.Email, "ann@example.com") (call parameter) at ./main.go:42:14
./main.go:42:15: "ann@example.com" escapes to heap in main:
./main.go:42:15:   flow: {heap} ← &{storage for "ann@example.com"}:
./main.go:42:15:     from "ann@example.com" (spill) at ./main.go:42:15
./main.go:42:15:     from (*sql.NullString).Scan(r.Email, "ann@example.com") (call parameter) at ./main.go:42:14
./main.go:41:2: r escapes to heap in main:
./main.go:41:2:   flow: {heap} ← &r:
./main.go:41:2:     from r.Deleted (dot) at ./main.go:43:3
./main.go:41:2:     from r.Deleted (address-of) at ./main.go:43:11
./main.go:41:2:     from (*sql.NullTime).Scan(r.Deleted, time.Date(2024, time.Month(5), 1, 0, 0, 0, 0, time.UTC)) (call parameter) at ./main.go:43:16
./main.go:43:26: time.Date(2024, time.Month(5), 1, 0, 0, 0, 0, time.UTC) escapes to heap in main:
./main.go:43:26:   flow: {heap} ← &{storage for time.Date(2024, time.Month(5), 1, 0, 0, 0, 0, time.UTC)}:
./main.go:43:26:     from time.Date(2024, time.Month(5), 1, 0, 0, 0, 0, time.UTC) (spill) at ./main.go:43:26
./main.go:43:26:     from (*sql.NullTime).Scan(r.Deleted, time.Date(2024, time.Month(5), 1, 0, 0, 0, 0, time.UTC)) (call parameter) at ./main.go:43:16
./main.go:45:30: ([]byte)("admin,ops") escapes to heap in main:
./main.go:45:30:   flow: {heap} ← &{storage for ([]byte)("admin,ops")}:
./main.go:45:30:     from ([]byte)("admin,ops") (spill) at ./main.go:45:30
./main.go:45:30:     from (*Tags).Scan(r.Tags, ([]byte)("admin,ops")) (call parameter) at ./main.go:45:23
./main.go:45:31: ([]byte)("admin,ops") escapes to heap in main:
./main.go:45:31:   flow: {storage for ([]byte)("admin,ops")} ← &{storage for ([]byte)("admin,ops")}:
./main.go:45:31:     from ([]byte)("admin,ops") (spill) at ./main.go:45:31
./main.go:45:31:     from ([]byte)("admin,ops") (interface-converted) at ./main.go:45:30
./main.go:51:41: 3.5 escapes to heap in main:
./main.go:51:41:   flow: {heap} ← &{storage for 3.5}:
./main.go:51:41:     from 3.5 (spill) at ./main.go:51:41
./main.go:51:41:     from (*Tags).Scan(r.Tags, 3.5) (call parameter) at ./main.go:51:40
./main.go:49:21: r.Email.Valid escapes to heap in main:
./main.go:49:21:   flow: {storage for ... argument} ← &{storage for r.Email.Valid}:
./main.go:49:21:     from r.Email.Valid (spill) at ./main.go:49:21
./main.go:49:21:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:21:   flow: {heap} ← {storage for ... argument}:
./main.go:49:21:     from ... argument (spill) at ./main.go:49:13
./main.go:49:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:49:36: r.Email.String escapes to heap in main:
./main.go:49:36:   flow: {storage for ... argument} ← &{storage for r.Email.String}:
./main.go:49:36:     from r.Email.String (spill) at ./main.go:49:36
./main.go:49:36:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:36:   flow: {heap} ← {storage for ... argument}:
./main.go:49:36:     from ... argument (spill) at ./main.go:49:13
./main.go:49:36:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:49:64: time.Time.Year(r.Deleted.Time) escapes to heap in main:
./main.go:49:64:   flow: {storage for ... argument} ← &{storage for time.Time.Year(r.Deleted.Time)}:
./main.go:49:64:     from time.Time.Year(r.Deleted.Time) (spill) at ./main.go:49:64
./main.go:49:64:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:64:   flow: {heap} ← {storage for ... argument}:
./main.go:49:64:     from ... argument (spill) at ./main.go:49:13
./main.go:49:64:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:49:75: r.Score.V escapes to heap in main:
./main.go:49:75:   flow: {storage for ... argument} ← &{storage for r.Score.V}:
./main.go:49:75:     from r.Score.V (spill) at ./main.go:49:75
./main.go:49:75:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:75:   flow: {heap} ← {storage for ... argument}:
./main.go:49:75:     from ... argument (spill) at ./main.go:49:13
./main.go:49:75:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:51:21: missing.Valid escapes to heap in main:
./main.go:51:21:   flow: {storage for ... argument} ← &{storage for missing.Valid}:
./main.go:51:21:     from missing.Valid (spill) at ./main.go:51:21
./main.go:51:21:     from ... argument (slice-literal-element) at ./main.go:51:13
./main.go:51:21:   flow: {heap} ← {storage for ... argument}:
./main.go:51:21:     from ... argument (spill) at ./main.go:51:13
./main.go:51:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:51:13
./main.go:41:2: moved to heap: r
./main.go:42:15: "ann@example.com" escapes to heap
./main.go:43:26: time.Date(2024, time.Month(5), 1, 0, 0, 0, 0, time.UTC) escapes to heap
./main.go:45:30: ([]byte)("admin,ops") escapes to heap
./main.go:45:31: ([]byte)("admin,ops") escapes to heap
./main.go:49:13: ... argument does not escape
./main.go:49:21: r.Email.Valid escapes to heap
./main.go:49:36: r.Email.String escapes to heap
./main.go:49:64: time.Time.Year(r.Deleted.Time) escapes to heap
./main.go:49:75: r.Score.V escapes to heap
./main.go:51:13: ... argument does not escape
./main.go:51:21: missing.Valid escapes to heap
./main.go:51:41: 3.5 escapes to heap
$GOROOT/src/database/sql/sql.go:438:12: any(sql.n.V) escapes to heap in Null[go.shape.float64].Value:
$GOROOT/src/database/sql/sql.go:438:12:   flow: sql.v ← &{storage for any(sql.n.V)}:
$GOROOT/src/database/sql/sql.go:438:12:     from any(sql.n.V) (spill) at $GOROOT/src/database/sql/sql.go:438:12
$GOROOT/src/database/sql/sql.go:438:12:     from sql.v := any(sql.n.V) (assign) at $GOROOT/src/database/sql/sql.go:438:4
$GOROOT/src/database/sql/sql.go:438:12:   flow: {heap} ← sql.v:
$GOROOT/src/database/sql/sql.go:438:12:     from driver.defaultConverter.ConvertValue(driver.DefaultParameterConverter, sql.v) (call parameter) at $GOROOT/src/database/sql/sql.go:448:54
$GOROOT/src/database/sql/sql.go:438:12: any(sql.n.V) escapes to heap
$GOROOT/src/database/sql/sql.go:424:7: parameter sql.n leaks to {heap} for (*Null[go.shape.float64]).Scan with derefs=0:
$GOROOT/src/database/sql/sql.go:424:7:   flow: {heap} ← sql.n:
$GOROOT/src/database/sql/sql.go:424:7:     from sql.n.V (dot of pointer) at $GOROOT/src/database/sql/sql.go:429:25
$GOROOT/src/database/sql/sql.go:424:7:     from &sql.n.V (address-of) at $GOROOT/src/database/sql/sql.go:429:23
$GOROOT/src/database/sql/sql.go:424:7:     from &sql.n.V (interface-converted) at $GOROOT/src/database/sql/sql.go:429:23
$GOROOT/src/database/sql/sql.go:424:7:     from sql.convertAssign(&sql.n.V, sql.value) (call parameter) at $GOROOT/src/database/sql/sql.go:429:22
$GOROOT/src/database/sql/sql.go:424:24: parameter sql.value leaks to {heap} for (*Null[go.shape.float64]).Scan with derefs=0:
$GOROOT/src/database/sql/sql.go:424:24:   flow: {heap} ← sql.value:
$GOROOT/src/database/sql/sql.go:424:24:     from sql.convertAssign(&sql.n.V, sql.value) (call parameter) at $GOROOT/src/database/sql/sql.go:429:22
$GOROOT/src/database/sql/sql.go:426:22: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/database/sql/sql.go:424:7: parameter sql.n leaks to {heap} for (*Null[float64]).Scan with derefs=0:
$GOROOT/src/database/sql/sql.go:424:7:   flow: {heap} ← sql.n:
$GOROOT/src/database/sql/sql.go:424:7:     from (*sql.Null[go.shape.float64]).Scan(sql.n, &sql..dict.Null[float64], sql.value) (call parameter) at $GOROOT/src/database/sql/sql.go:424:6
$GOROOT/src/database/sql/sql.go:424:24: parameter sql.value leaks to {heap} for (*Null[float64]).Scan with derefs=0:
$GOROOT/src/database/sql/sql.go:424:24:   flow: {heap} ← sql.value:
$GOROOT/src/database/sql/sql.go:424:24:     from (*sql.Null[go.shape.float64]).Scan(sql.n, &sql..dict.Null[float64], sql.value) (call parameter) at $GOROOT/src/database/sql/sql.go:424:6
./main.go:14:7: parameter t leaks to {heap} for (*Tags).Value with derefs=2:
./main.go:14:7:   flow: {heap} ← **t:
./main.go:14:7:     from t (indirection) at <autogenerated>:1
./main.go:14:7:     from Tags.Value(t) (call parameter) at <autogenerated>:1
