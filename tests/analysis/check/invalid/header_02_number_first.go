// kind: header
42 + x
