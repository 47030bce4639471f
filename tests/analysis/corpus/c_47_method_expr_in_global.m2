./main.go:6:7: s does not escape
./main.go:11:9: b escapes to heap in main:
./main.go:11:9:   flow: {heap} ← &b:
./main.go:11:9:     from &b (address-of) at ./main.go:13:17
./main.go:11:9:     from getter(&b) (call parameter) at ./main.go:13:16
./main.go:11:9: moved to heap: b
