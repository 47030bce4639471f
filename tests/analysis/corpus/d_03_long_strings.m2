./main.go:11:11: s + "0123456789012345678901234567890123456789012345678901234567890123456789" escapes to heap in main:
./main.go:11:11:   flow: {heap} ← &{storage for s + "0123456789012345678901234567890123456789012345678901234567890123456789"}:
./main.go:11:11:     from s + "0123456789012345678901234567890123456789012345678901234567890123456789" (spill) at ./main.go:11:11
./main.go:11:11:     from sink = s + "0123456789012345678901234567890123456789012345678901234567890123456789" (assign) at ./main.go:11:7
./main.go:12:11: s + "01234567890123456789012345678901234567890123456789012345678901234567... escapes to heap in main:
./main.go:12:11:   flow: {heap} ← &{storage for s + "01234567890123456789012345678901234567890123456789012345678901234567...}:
./main.go:12:11:     from s + "01234567890123456789012345678901234567890123456789012345678901234567... (spill) at ./main.go:12:11
./main.go:12:11:     from sink = s + "01234567890123456789012345678901234567890123456789012345678901234567... (assign) at ./main.go:12:7
./main.go:13:11: s + "this is a very long string with non-ascii characters ééééééééééééééé... escapes to heap in main:
./main.go:13:11:   flow: {heap} ← &{storage for s + "this is a very long string with non-ascii characters ééééééééééééééé...}:
./main.go:13:11:     from s + "this is a very long string with non-ascii characters ééééééééééééééé... (spill) at ./main.go:13:11
./main.go:13:11:     from sink = s + "this is a very long string with non-ascii characters ééééééééééééééé... (assign) at ./main.go:13:7
./main.go:14:11: s + "escapes\n\t\"quoted\"\\ and more escapes \x01\x02\x03 filling it up ... escapes to heap in main:
./main.go:14:11:   flow: {heap} ← &{storage for s + "escapes\n\t\"quoted\"\\ and more escapes \x01\x02\x03 filling it up ...}:
./main.go:14:11:     from s + "escapes\n\t\"quoted\"\\ and more escapes \x01\x02\x03 filling it up ... (spill) at ./main.go:14:11
./main.go:14:11:     from sink = s + "escapes\n\t\"quoted\"\\ and more escapes \x01\x02\x03 filling it up ... (assign) at ./main.go:14:7
./main.go:15:11: s + "\xff\xfe bad utf8" escapes to heap in main:
./main.go:15:11:   flow: {heap} ← &{storage for s + "\xff\xfe bad utf8"}:
./main.go:15:11:     from s + "\xff\xfe bad utf8" (spill) at ./main.go:15:11
./main.go:15:11:     from sink = s + "\xff\xfe bad utf8" (assign) at ./main.go:15:7
./main.go:16:11: s + "raw \"string\" with \\backslash" escapes to heap in main:
./main.go:16:11:   flow: {heap} ← &{storage for s + "raw \"string\" with \\backslash"}:
./main.go:16:11:     from s + "raw \"string\" with \\backslash" (spill) at ./main.go:16:11
./main.go:16:11:     from sink = s + "raw \"string\" with \\backslash" (assign) at ./main.go:16:7
./main.go:17:11: s + "€uro\u00a0nbsp\u200bzw" escapes to heap in main:
./main.go:17:11:   flow: {heap} ← &{storage for s + "€uro\u00a0nbsp\u200bzw"}:
./main.go:17:11:     from s + "€uro\u00a0nbsp\u200bzw" (spill) at ./main.go:17:11
./main.go:17:11:     from sink = s + "€uro\u00a0nbsp\u200bzw" (assign) at ./main.go:17:7
./main.go:11:11: s + "0123456789012345678901234567890123456789012345678901234567890123456789" escapes to heap
./main.go:12:11: s + "01234567890123456789012345678901234567890123456789012345678901234567... escapes to heap
./main.go:13:11: s + "this is a very long string with non-ascii characters ééééééééééééééé... escapes to heap
./main.go:14:11: s + "escapes\n\t\"quoted\"\\ and more escapes \x01\x02\x03 filling it up ... escapes to heap
./main.go:15:11: s + "\xff\xfe bad utf8" escapes to heap
./main.go:16:11: s + "raw \"string\" with \\backslash" escapes to heap
./main.go:17:11: s + "€uro\u00a0nbsp\u200bzw" escapes to heap
