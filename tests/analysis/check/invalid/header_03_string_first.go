// kind: header
"hello, world"
