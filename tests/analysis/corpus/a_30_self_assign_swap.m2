./main.go:6:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./main.go:6:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./main.go:4:14: s does not escape
./main.go:12:16: []*int{...} does not escape
