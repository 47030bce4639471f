// family: json
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = [...]string{"debug", "info", "warn"}

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(levelNames[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range levelNames {
		if strings.EqualFold(n, s) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

type Entry struct {
	Level   Level  `json:"level"`
	Message string `json:"msg"`
}

func main() {
	e := Entry{Level: Warn, Message: "disk almost full"}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)

	var back Entry
	err = json.Unmarshal([]byte(`{"level":"INFO","msg":"ok"}`), &back)
	fmt.Println(back.Level, back.Message, err)
}
