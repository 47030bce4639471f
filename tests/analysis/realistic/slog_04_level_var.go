// family: slog
package main

import (
	"log/slog"
	"os"
)

var programLevel = new(slog.LevelVar)

func setup() *slog.Logger {
	opts := &slog.HandlerOptions{
		Level: programLevel,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}

func main() {
	log := setup()
	log.Debug("not shown")
	programLevel.Set(slog.LevelDebug)
	log.Debug("now shown", "level", programLevel.Level())
	slog.SetDefault(log)
	slog.Info("via default", "pid", os.Getpid())
}
