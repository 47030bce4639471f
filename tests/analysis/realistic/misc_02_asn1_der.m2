./main.go:24:27: c escapes to heap in main:
./main.go:24:27:   flow: {heap} ← &{storage for c}:
./main.go:24:27:     from c (spill) at ./main.go:24:27
./main.go:24:27:     from asn1.Marshal(c) (call parameter) at ./main.go:24:26
./main.go:28:6: back escapes to heap in main:
./main.go:28:6:   flow: {heap} ← &back:
./main.go:28:6:     from &back (address-of) at ./main.go:29:35
./main.go:28:6:     from &back (interface-converted) at ./main.go:29:35
./main.go:28:6:     from asn1.Unmarshal(der, &back) (call parameter) at ./main.go:29:29
./main.go:30:17: len(der) escapes to heap in main:
./main.go:30:17:   flow: {storage for ... argument} ← &{storage for len(der)}:
./main.go:30:17:     from len(der) (spill) at ./main.go:30:17
./main.go:30:17:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:17:   flow: {heap} ← {storage for ... argument}:
./main.go:30:17:     from ... argument (spill) at ./main.go:30:13
./main.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:30:27: len(rest) escapes to heap in main:
./main.go:30:27:   flow: {storage for ... argument} ← &{storage for len(rest)}:
./main.go:30:27:     from len(rest) (spill) at ./main.go:30:27
./main.go:30:27:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:27:   flow: {heap} ← {storage for ... argument}:
./main.go:30:27:     from ... argument (spill) at ./main.go:30:13
./main.go:30:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:31:18: back.Serial escapes to heap in main:
./main.go:31:18:   flow: {storage for ... argument} ← &{storage for back.Serial}:
./main.go:31:18:     from back.Serial (spill) at ./main.go:31:18
./main.go:31:18:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:18:   flow: {heap} ← {storage for ... argument}:
./main.go:31:18:     from ... argument (spill) at ./main.go:31:13
./main.go:31:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:31: back.Subject escapes to heap in main:
./main.go:31:31:   flow: {storage for ... argument} ← &{storage for back.Subject}:
./main.go:31:31:     from back.Subject (spill) at ./main.go:31:31
./main.go:31:31:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:31:   flow: {heap} ← {storage for ... argument}:
./main.go:31:31:     from ... argument (spill) at ./main.go:31:13
./main.go:31:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:62: asn1.ObjectIdentifier.String(back.Usages[0]) escapes to heap in main:
./main.go:31:62:   flow: {storage for ... argument} ← &{storage for asn1.ObjectIdentifier.String(back.Usages[0])}:
./main.go:31:62:     from asn1.ObjectIdentifier.String(back.Usages[0]) (spill) at ./main.go:31:62
./main.go:31:62:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:62:   flow: {heap} ← {storage for ... argument}:
./main.go:31:62:     from ... argument (spill) at ./main.go:31:13
./main.go:31:62:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:82: time.Time.Year(back.Issued) escapes to heap in main:
./main.go:31:82:   flow: {storage for ... argument} ← &{storage for time.Time.Year(back.Issued)}:
./main.go:31:82:     from time.Time.Year(back.Issued) (spill) at ./main.go:31:82
./main.go:31:82:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:82:   flow: {heap} ← {storage for ... argument}:
./main.go:31:82:     from ... argument (spill) at ./main.go:31:13
./main.go:31:82:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:22:35: []asn1.ObjectIdentifier{...} escapes to heap in main:
./main.go:22:35:   flow: c ← &{storage for []asn1.ObjectIdentifier{...}}:
./main.go:22:35:     from []asn1.ObjectIdentifier{...} (spill) at ./main.go:22:35
./main.go:22:35:     from Certificate{...} (struct literal element) at ./main.go:18:18
./main.go:22:35:     from c := Certificate{...} (assign) at ./main.go:18:4
./main.go:22:35:   flow: {storage for c} ← c:
./main.go:22:35:     from c (interface-converted) at ./main.go:24:27
./main.go:22:36: asn1.ObjectIdentifier{...} escapes to heap in main:
./main.go:22:36:   flow: {storage for []asn1.ObjectIdentifier{...}} ← &{storage for asn1.ObjectIdentifier{...}}:
./main.go:22:36:     from asn1.ObjectIdentifier{...} (spill) at ./main.go:22:36
./main.go:22:36:     from []asn1.ObjectIdentifier{...} (slice-literal-element) at ./main.go:22:35
./main.go:28:6: moved to heap: back
./main.go:22:35: []asn1.ObjectIdentifier{...} escapes to heap
./main.go:22:36: asn1.ObjectIdentifier{...} escapes to heap
./main.go:24:27: c escapes to heap
./main.go:30:13: ... argument does not escape
./main.go:30:17: len(der) escapes to heap
./main.go:30:27: len(rest) escapes to heap
./main.go:31:13: ... argument does not escape
./main.go:31:18: back.Serial escapes to heap
./main.go:31:31: back.Subject escapes to heap
./main.go:31:62: asn1.ObjectIdentifier.String(back.Usages[0]) escapes to heap
./main.go:31:82: time.Time.Year(back.Issued) escapes to heap
