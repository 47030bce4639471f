// family: regexp
package main

import (
	"fmt"
	"regexp"
)

var semver = regexp.MustCompile(`^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)(?:-(?P<pre>[0-9A-Za-z.-]+))?$`)

func parseVersion(s string) (map[string]string, error) {
	m := semver.FindStringSubmatch(s)
	if m == nil {
		return nil, fmt.Errorf("%q is not a semantic version", s)
	}
	out := make(map[string]string)
	for i, name := range semver.SubexpNames() {
		if i > 0 && name != "" {
			out[name] = m[i]
		}
	}
	return out, nil
}

func main() {
	for _, v := range []string{"v1.2.3", "1.0.0-rc.1", "1.2"} {
		parts, err := parseVersion(v)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(parts["major"], parts["minor"], parts["patch"], parts["pre"])
	}
	emails := regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.]+`)
	fmt.Println(emails.FindAllString("contact a@b.io or c.d+x@mail.example.org", -1))
	fmt.Println(emails.MatchString("nobody"))
}
