// family: reflect
package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type ServerConfig struct {
	Host    string `env:"HOST" default:"localhost"`
	Port    int    `env:"PORT" default:"8080"`
	Debug   bool   `env:"DEBUG"`
	Workers int
}

func loadEnv(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key, ok := f.Tag.Lookup("env")
		if !ok {
			continue
		}
		raw, ok := env[key]
		if !ok {
			raw = f.Tag.Get("default")
		}
		if raw == "" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int:
			n, err := strconv.Atoi(raw)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			fv.SetInt(int64(n))
		case reflect.Bool:
			fv.SetBool(strings.EqualFold(raw, "true"))
		}
	}
	return nil
}

func main() {
	var cfg ServerConfig
	err := loadEnv(&cfg, map[string]string{"PORT": "9090", "DEBUG": "TRUE"})
	fmt.Printf("%+v %v\n", cfg, err)
}
