"""What a compile error means, in the learner's language, beside gc's English.

gc's messages stay as gc prints them (a learner will meet them in the real
toolchain); for the common kinds this module adds a short explanation in
Chinese and English: what is wrong and what usually fixes it. A message
is recognised by its shape, never rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Help:
    """One kind of compile error: how to recognise it and what to tell the learner."""

    kind: str
    pattern: re.Pattern[str]
    en: str
    zh: str

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


def _h(kind: str, pattern: str, en: str, zh: str) -> Help:
    return Help(kind, re.compile(pattern), en, zh)


HELP: tuple[Help, ...] = (
    _h("unused-var", r"declared and not used",
       "A local variable is declared but its value is never read. Use it, or delete it "
       "(assigning to a variable is not a use).",
       "局部变量声明了却从未被读取。使用它，或者删除它（给变量赋值不算使用）。"),
    _h("unused-import", r"imported (as \w+ )?and not used",
       "The package is imported but nothing from it is used. Remove the import.",
       "导入了这个包，却没有使用其中的任何东西。删除这条 import。"),
    _h("missing-return", r"^missing return$",
       "The function declares results, but some path reaches its closing brace without a "
       "return statement.",
       "函数声明了返回值，但某条执行路径走到了结尾的右花括号却没有 return 语句。"),
    _h("undefined", r"^undefined: |undefined \(",
       "This name is not declared here: check the spelling, the scope (a variable declared in a "
       "block ends with the block) and exported names (capital first letter).",
       "这里没有声明这个名字：检查拼写、作用域（块内声明的变量在块结束时失效），"
       "以及包的导出名字（首字母大写）。"),
    _h("unexported", r"unexported|not exported by package",
       "Names starting with a lower-case letter are private to their package; use an exported "
       "one instead.",
       "小写字母开头的名字是包私有的，其他包不能访问；请改用导出的名字。"),
    _h("interface-pointer", r"pointer to (interface|type parameter), not",
       "A pointer to an interface is almost never what you want: an interface value already "
       "holds a pointer or a value. Use the interface itself (drop the & or the *).",
       "指向接口的指针几乎从来不是你想要的：接口值本身就能装下指针或值。直接使用接口本身（去掉 & 或 *）。"),
    _h("print-operand", r"illegal types for operand: print",
       "The built-in print and println print only numbers, strings, booleans, pointers, slices, "
       "maps, channels, functions and interfaces, not structs or arrays: use fmt.Println, or "
       "print the fields one by one.",
       "内置的 print 和 println 只能打印数字、字符串、布尔值、指针、切片、map、channel、函数和接口，"
       "不能打印结构体或数组：请改用 fmt.Println，或者逐个打印字段。"),
    _h("not-implement", r"does not implement|impossible type assertion|cannot call pointer method",
       "The method set does not fit: a method with a pointer receiver belongs only to the pointer "
       "type, so use &v, or give the method a value receiver.",
       "方法集不匹配：指针接收者的方法只属于指针类型，所以请使用 &v，或者把方法改为值接收者。"),
    _h("mismatch", r"mismatched types|cannot use .* as .* value",
       "The value's type is not the one expected here. Go never converts between types "
       "implicitly: convert explicitly (T(x)) or change a declaration.",
       "值的类型与这里需要的类型不一致。Go 不会隐式转换类型：请显式转换（T(x)），或修改声明。"),
    _h("count", r"assignment mismatch|(not enough|too many) (arguments|return values)"
                r"|expects \d+ or \d+ arguments",
       "The number of values does not match: count the variables, parameters or results on "
       "both sides.",
       "值的个数对不上：数一数两边的变量、参数或返回值。"),
    _h("define", r"no new variables on left side of :=|non-name .* on left side of :=",
       ":= declares at least one new variable; to change an existing one, use =.",
       ":= 至少要声明一个新变量；要修改已有变量，请用 =。"),
    _h("address", r"cannot take address of",
       "Only addressable values have an address: variables, fields, slice and array elements. "
       "Store the value in a variable first.",
       "只有可寻址的值才能取地址：变量、字段、切片和数组元素。请先把值存进一个变量。"),
    _h("map-field", r"cannot assign to struct field .* in map",
       "A map element is not addressable, so its fields cannot be set in place: copy the struct "
       "out, change it, store it back (or keep pointers in the map).",
       "map 的元素不可寻址，不能直接修改其字段：先取出结构体副本，修改后再存回（或在 map 中存指针）。"),
    _h("assign", r"cannot assign to",
       "This is not something you can assign to: strings are immutable and function results "
       "are values, not variables.",
       "这里不能被赋值：字符串不可变，函数的返回结果是值而不是变量。"),
    _h("duplicate", r"duplicate (case|key|index|field|method)|redeclared|already declared",
       "The same case, key, field, method or name appears twice.",
       "同一个 case、键、字段、方法或名字出现了两次。"),
    _h("branch", r"break is not in|continue is not in|label .* (not defined|defined and not used)"
                 r"|fallthrough|invalid (break|continue) label|jumps (over|into)",
       "break, continue, goto, labels and fallthrough must fit the statements around them "
       "(a closure does not see the loop around it).",
       "break、continue、goto、标签和 fallthrough 必须与外层语句匹配（闭包看不到外面的循环）。"),
    _h("recursive", r"invalid recursive type",
       "A type cannot contain itself directly: its size would be infinite. Use a pointer or a "
       "slice (for example next *Node).",
       "类型不能直接包含自身：那样它的大小是无限的。请使用指针或切片（例如 next *Node）。"),
    _h("constant", r"overflows|truncated|division by zero|constant .*overflow",
       "Constants are exact: the value does not fit the type, or it divides by zero.",
       "常量是精确值：这个值放不进该类型，或者除以了零。"),
    _h("shift", r"shift",
       "Only integers can be shifted, by a non-negative integer count.",
       "只有整数能移位，移位次数必须是非负整数。"),
    _h("nil", r"untyped nil|use of untyped nil",
       "nil has no type of its own: it needs a pointer, slice, map, channel, function or "
       "interface type.",
       "nil 本身没有类型：它需要一个指针、切片、map、channel、函数或接口类型。"),
    _h("compare", r"cannot be compared|can only be compared to nil|not defined on",
       "This operator is not defined for these operands (slices, maps and functions compare only "
       "with nil).",
       "这些操作数不支持该运算符（切片、map 和函数只能与 nil 比较）。"),
    _h("generics", r"cannot infer|does not satisfy|type arguments|without instantiation",
       "A generic function or type needs type arguments that satisfy its constraints; give them "
       "explicitly when Go cannot infer them.",
       "泛型函数或类型需要满足约束的类型实参；Go 推断不出来时请显式写出。"),
    _h("range", r"cannot range over|iteration variable",
       "range works over arrays, slices, strings, maps, channels, integers and iterator "
       "functions, with at most the variables each gives.",
       "range 可用于数组、切片、字符串、map、channel、整数和迭代器函数，迭代变量的个数有上限。"),
    _h("composite", r"struct literal|composite literal|missing key in map literal|out of bounds",
       "The composite literal does not match its type: check the field names, the number of "
       "values and the keys.",
       "复合字面量与类型不符：检查字段名、值的个数和键。"),
    _h("main", r"func (main|init) must have|function main is undeclared",
       "A program needs func main() with no parameters and no results; init is the same.",
       "程序需要一个没有参数也没有返回值的 func main()；init 也一样。"),
    _h("go-defer", r"expression in (go|defer)|(go|defer) (discards|requires)",
       "go and defer need a function call: write f(), not f.",
       "go 和 defer 后面必须是函数调用：写 f()，而不是 f。"),
    _h("channel", r"send-only|receive-only|non-channel",
       "The channel's direction does not allow this: <-chan only receives, chan<- only sends.",
       "channel 的方向不允许这样做：<-chan 只能接收，chan<- 只能发送。"),
    _h("select", r"select case|multiple defaults",
       "Each select case is a send or a receive, and there is at most one default.",
       "select 的每个 case 必须是发送或接收，default 最多一个。"),
    _h("not-used", r"is not used$",
       "This expression's value is thrown away: assign it (s = append(s, x)) or remove it.",
       "这个表达式的值被丢弃了：把它赋给变量（如 s = append(s, x)），或者删除它。"),
    _h("variadic", r"can only use \.\.\.|cannot use \.\.\.",
       "... passes a slice to a variadic parameter (f(xs...)); it works only for the last "
       "parameter of a variadic function.",
       "... 把切片传给可变参数（f(xs...)）；它只能用于可变参数函数的最后一个参数。"),
    _h("directive", r"compiler directive|//go:",
       "A //go: directive stands alone on the line just before the function it applies to "
       "(//go:noinline); inside a body, after code or before a variable or type it is misplaced, "
       "and //go:noescape is only for functions without a body.",
       "//go: 指令必须单独占一行，紧挨在它所作用的函数声明之前（如 //go:noinline）；写在函数体内、"
       "代码之后或变量、类型声明之前都算放错位置；//go:noescape 只能用于没有函数体的函数。"),
    _h("nul", r"NUL",
       "The file contains a NUL byte (\\0), which Go source may not.",
       "文件里有 NUL 字节（\\0），Go 源码中不允许出现。"),
    _h("syntax", r"^syntax error|invalid character|rune literal|missing import path|expected 'package'",
       "The code cannot be parsed here: look for a missing brace, parenthesis or comma, or a "
       "statement outside a function.",
       "这里的代码无法解析：检查是否缺少花括号、括号或逗号，或者有语句写在了函数外面。"),
)


def help_for(message: str) -> Help | None:
    """The explanation of a gc message, if its kind is one of the common ones."""
    for h in HELP:
        if h.pattern.search(message):
            return h
    return None
