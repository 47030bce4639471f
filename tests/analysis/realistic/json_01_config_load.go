// family: json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Config struct {
	Addr     string            `json:"addr"`
	Timeout  Duration          `json:"timeout"`
	Replicas int               `json:"replicas,omitempty"`
	Labels   map[string]string `json:"labels"`
}

func loadConfig(data []byte) (*Config, error) {
	cfg := &Config{Addr: ":8080", Replicas: 1}
	if err := json.Unmarshal(data, cfg); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return cfg, nil
}

func main() {
	raw := []byte(`{"addr":":9000","timeout":"1.5s","labels":{"env":"dev"}}`)
	cfg, err := loadConfig(raw)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(cfg.Addr, cfg.Timeout.Seconds(), cfg.Replicas, cfg.Labels["env"])
}
