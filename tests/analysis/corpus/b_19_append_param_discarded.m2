./main.go:4:13: dst does not escape
./main.go:4:24: xs does not escape
./main.go:6:15: append does not escape
./main.go:11:25: ... argument does not escape
