// kind: header
// only comments, no code yet
