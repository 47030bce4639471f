// kind: header
`raw text`
