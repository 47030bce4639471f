// family: state-machine
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type itemType int

const (
	itemText itemType = iota
	itemAction
	itemError
)

type item struct {
	typ itemType
	val string
}

type lexer struct {
	input string
	start int
	pos   int
	items []item
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(t itemType) {
	l.items = append(l.items, item{t, l.input[l.start:l.pos]})
	l.start = l.pos
}

func lexText(l *lexer) stateFn {
	if i := strings.Index(l.input[l.pos:], "{{"); i >= 0 {
		l.pos += i
		if l.pos > l.start {
			l.emit(itemText)
		}
		l.pos += 2
		l.start = l.pos
		return lexAction
	}
	l.pos = len(l.input)
	if l.pos > l.start {
		l.emit(itemText)
	}
	return nil
}

func lexAction(l *lexer) stateFn {
	for l.pos < len(l.input) {
		if strings.HasPrefix(l.input[l.pos:], "}}") {
			l.emit(itemAction)
			l.pos += 2
			l.start = l.pos
			return lexText
		}
		r := rune(l.input[l.pos])
		if !unicode.IsLetter(r) && r != '.' && r != ' ' {
			l.items = append(l.items, item{itemError, fmt.Sprintf("bad char %q", r)})
			return nil
		}
		l.pos++
	}
	l.items = append(l.items, item{itemError, "unclosed action"})
	return nil
}

func lex(s string) []item {
	l := &lexer{input: s}
	for state := stateFn(lexText); state != nil; {
		state = state(l)
	}
	return l.items
}

func main() {
	for _, it := range lex("Hello {{.Name}}, you owe {{.Amount}}!") {
		fmt.Printf("%d:%q ", it.typ, it.val)
	}
	fmt.Println()
	fmt.Println(lex("broken {{.X"))
}
