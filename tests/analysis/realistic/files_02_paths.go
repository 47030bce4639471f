// family: filepath
package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func safeJoin(base, userPath string) (string, error) {
	cleaned := filepath.Clean("/" + userPath)
	full := filepath.Join(base, cleaned)
	rel, err := filepath.Rel(base, full)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "", fmt.Errorf("path %q escapes %q", userPath, base)
	}
	return full, nil
}

func main() {
	for _, p := range []string{"docs/a.txt", "../../etc/passwd", "x/../y.md"} {
		full, err := safeJoin("/srv/www", p)
		fmt.Println(full, err)
	}
	dir, file := filepath.Split("/var/log/app/server.log")
	fmt.Println(dir, file, filepath.Base(dir), filepath.Ext(file))
	matched, _ := filepath.Match("*.log", file)
	fmt.Println(matched, path.Join("a", "b/../c"), path.IsAbs("/x"))
	fmt.Println(strings.Join(filepath.SplitList("/bin:/usr/bin"), " "))
}
