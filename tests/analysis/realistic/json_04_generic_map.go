// family: json
package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func flatten(prefix string, v any, out map[string]any) {
	switch t := v.(type) {
	case map[string]any:
		for k, val := range t {
			key := k
			if prefix != "" {
				key = prefix + "." + k
			}
			flatten(key, val, out)
		}
	case []any:
		for i, val := range t {
			flatten(fmt.Sprintf("%s[%d]", prefix, i), val, out)
		}
	default:
		out[prefix] = v
	}
}

func main() {
	var doc any
	data := []byte(`{"name":"svc","ports":[80,443],"owner":{"team":"infra","oncall":true}}`)
	if err := json.Unmarshal(data, &doc); err != nil {
		panic(err)
	}
	flat := map[string]any{}
	flatten("", doc, flat)
	keys := make([]string, 0, len(flat))
	for k := range flat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "=", flat[k])
	}
}
