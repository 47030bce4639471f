"""The principles that explain where Go puts memory: a fixed, bilingual taxonomy.

Every reason the analyzer gives, every question and every explanation in the
app names one of these ids. Each principle has a short title and a one- or
two-sentence explanation in English and Chinese, and a canonical example.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class PrincipleId(str, Enum):
    SHARING_DOWN = "sharing-down"
    SHARING_UP = "sharing-up"
    CLOSURE_CAPTURE = "closure-capture"
    INTERFACE_CONVERSION = "interface-conversion"
    INTERFACE_CALL = "interface-call"
    CHANNEL_SEND = "channel-send"
    POINTER_IN_CONTAINER = "pointer-in-container"
    UNKNOWN_SIZE = "unknown-size"
    TOO_LARGE = "too-large"
    GOROUTINE = "goroutine"
    GLOBAL_STORE = "global-store"
    PARAM_LEAK = "param-leak"
    INLINING = "inlining"
    VALUE_VS_POINTER = "value-vs-pointer"
    COMPILER_DECIDES = "compiler-decides"


@dataclass(frozen=True)
class Principle:
    id: PrincipleId
    title_en: str
    title_zh: str
    summary_en: str
    summary_zh: str
    example: str

    def title(self, lang: str) -> str:
        return self.title_zh if lang.startswith("zh") else self.title_en

    def summary(self, lang: str) -> str:
        return self.summary_zh if lang.startswith("zh") else self.summary_en


_P = PrincipleId
PRINCIPLES: dict[PrincipleId, Principle] = {p.id: p for p in [
    Principle(
        _P.SHARING_DOWN, "Sharing down stays on the stack", "向下共享留在栈上",
        "Passing a pointer to a function you call is safe: the callee's frame ends before yours, "
        "so the value can stay in your frame as long as the callee does not keep the pointer.",
        "把指针传给被调用的函数是安全的：被调用者的栈帧先于调用者结束，只要它不把指针存到别处，"
        "值就可以留在调用者的栈帧里。",
        "func main() {\n\tn := 4\n\tincrease(&n) // n stays on main's stack\n}"),
    Principle(
        _P.SHARING_UP, "Sharing up escapes", "向上共享会逃逸",
        "A pointer to a local that outlives its function (returned, or kept by something that lives "
        "longer) would point into a dead frame, so the compiler moves the local to the heap.",
        "指向局部变量的指针如果在函数返回后仍被使用（被返回，或被生命周期更长的对象保存），"
        "就会指向已经失效的栈帧，所以编译器把这个变量移到堆上。",
        "func initValue() *int {\n\ti := 2\n\treturn &i // moved to heap: i\n}"),
    Principle(
        _P.CLOSURE_CAPTURE, "Closures capture variables", "闭包捕获变量",
        "A closure captures small, never-reassigned variables by value and the rest by reference. "
        "If the closure outlives the function, variables captured by reference move to the heap.",
        "闭包按值捕获小的、之后不再赋值的变量，其余的按引用捕获。闭包的生命周期超出函数时，"
        "按引用捕获的变量要移到堆上。",
        "func counter() func() int {\n\tx := 0\n\treturn func() int { x++; return x } // moved to heap: x\n}"),
    Principle(
        _P.INTERFACE_CONVERSION, "Interface conversions box values", "转换成接口会装箱",
        "Storing a non-pointer value in an interface needs a box holding a copy. If the interface "
        "escapes, for example into fmt.Println's ...any, the box escapes with it.",
        "把非指针的值存进接口要先装箱：在别处放一份副本，接口指向这份副本。接口逃逸时"
        "（例如传给 fmt.Println 的 ...any），装箱后的副本也跟着逃逸。",
        "fmt.Println(n) // n escapes to heap (the boxed copy, not the variable)"),
    Principle(
        _P.INTERFACE_CALL, "Unknown callees keep everything", "未知的被调用者一律保守处理",
        "When the compiler cannot see which function a call runs (an interface method or a function "
        "value), it must assume the callee keeps every argument, so the arguments escape.",
        "编译器看不出调用的是哪个函数时（接口方法或函数值），只能假设被调用者会保存所有参数，"
        "因此参数逃逸。",
        "func use(i I) {\n\tx := 1\n\ti.M(&x) // moved to heap: x\n}"),
    Principle(
        _P.CHANNEL_SEND, "Values sent on channels escape", "发送到 channel 的值会逃逸",
        "A channel's buffer lives on the heap and the receiver may be another goroutine, so whatever "
        "a sent value points to must be on the heap.",
        "channel 的缓冲区在堆上，接收方可能是另一个 goroutine，所以发送的值所指向的内容必须在堆上。",
        "ch <- &T{} // &T{} escapes to heap"),
    Principle(
        _P.POINTER_IN_CONTAINER, "Pointers stored in slices and maps escape",
        "存进切片和 map 的指针会逃逸",
        "Slice backing arrays and maps are treated as the heap: a pointer appended to a slice, stored "
        "into one by index (s[i] = &x) or stored in a map makes its target escape, even if the container "
        "itself stays on the stack. The elements of a slice literal are the exception: they are followed into the "
        "literal's own array.",
        "切片的底层数组和 map 都被当作堆：追加到切片、通过下标写进切片（s[i] = &x）或存进 map 的指针，"
        "会让它指向的对象逃逸，即使容器本身留在栈上。切片字面量里的元素是例外：编译器会把它们跟踪到字面量自己的数组里。",
        "s = append(s, &x) // moved to heap: x"),
    Principle(
        _P.UNKNOWN_SIZE, "Sizes known only at run time", "运行时才知道的大小",
        "The stack frame size is fixed at compile time. make with a non-constant size and append's "
        "growth cannot be laid out in the frame; the compiler may still say 'does not escape' and "
        "use a small stack buffer or the heap at run time.",
        "栈帧大小在编译时就定好了。大小不是常量的 make 和 append 的扩容都没法预先放进栈帧；"
        "编译器仍可能报告 does not escape，运行时再决定用栈上的小缓冲区还是堆。",
        "buf := make([]byte, n) // does not escape, yet large n is allocated on the heap"),
    Principle(
        _P.TOO_LARGE, "Too large for the stack", "太大，放不进栈",
        "go1.27.3 keeps declared variables up to 128 KiB and implicit allocations (new, &T{}, make "
        "with a constant size) up to 64 KiB on the stack; anything larger goes to the heap.",
        "go1.27.3 中，显式声明的变量最多 128 KiB、隐式分配（new、&T{}、常量大小的 make）最多 64 KiB "
        "可以放在栈上，更大的放到堆上。",
        "var big [128*1024 + 1]byte // moved to heap: big"),
    Principle(
        _P.GOROUTINE, "Goroutines outlive the caller", "goroutine 的生命周期超出调用者",
        "A go statement's function and its arguments may run after the caller returns, so "
        "everything they point to must be on the heap. A top-level defer runs before the function "
        "returns and keeps its arguments on the stack; a defer in a loop does not.",
        "go 语句启动的函数和它的参数可能在调用方返回之后才运行，所以它们指向的一切都必须在堆上。"
        "函数顶层的 defer 在函数返回前执行，参数可以留在栈上；循环里的 defer 则不行。",
        "go use(&b) // moved to heap: b"),
    Principle(
        _P.GLOBAL_STORE, "Globals live forever", "全局变量一直存在",
        "A package-level variable lives as long as the program (in the binary's data or BSS "
        "segment, not on the heap, but the GC scans it as a root). Escape analysis treats it like "
        "the heap: storing a pointer to a local in it makes the local escape.",
        "包级变量在整个程序运行期间都存在（位于可执行文件的数据段或 BSS 段，不在堆上，但 GC 会把它"
        "当作根来扫描）。逃逸分析把它当作堆：把指向局部变量的指针存进去，局部变量就会逃逸。",
        "var global *int\n\nfunc f() {\n\tx := 1\n\tglobal = &x // moved to heap: x\n}"),
    Principle(
        _P.PARAM_LEAK, "Parameter summaries decide for callers", "调用方按参数摘要判断",
        "The compiler summarises what each function does with its pointer parameters (leaking "
        "param, leaking param content, leaks to a result, does not escape); callers are judged by "
        "these summaries, not by the callee's body.",
        "编译器为每个函数的指针参数生成逃逸摘要（leaking param、leaking param content、"
        "泄漏到返回值、does not escape），调用方根据摘要判断，不再看函数体。",
        "func keep(p *int) { sink = p } // leaking param: p"),
    Principle(
        _P.INLINING, "Inlining changes the answer", "内联会改变结论",
        "With inlining on, a small callee's body is copied into the caller and analysed there, so an "
        "allocation that escapes from the callee can stay on the caller's stack.",
        "开启内联时，小函数的函数体被复制到调用处再分析，原本在被调用函数里逃逸的分配，"
        "可能留在调用方的栈上。",
        "t := NewT(1) // inlined: &T{...} does not escape"),
    Principle(
        _P.VALUE_VS_POINTER, "Values are copied, pointers are shared", "值被复制，指针被共享",
        "Passing or returning a value copies it and needs no heap; strings and slices are values "
        "that contain pointers, so returning a new string's bytes makes them escape.",
        "传递或返回值会复制它，不需要堆；字符串和切片是含有指针的值，返回新拼接的字符串时，"
        "它的字节就会逃逸。",
        "func concat(a, b string) string { return a + b } // a + b escapes to heap"),
    Principle(
        _P.COMPILER_DECIDES, "Only the compiler knows", "只有编译器知道",
        "Escape analysis is conservative: stores through any pointer count as heap stores, fields "
        "are not told apart, and an address kept across loop iterations escapes. Check with "
        "go build -gcflags='-m -l' rather than guessing.",
        "逃逸分析是保守的：通过任何指针的写入都算写入堆，不区分结构体字段，跨循环迭代保存的地址也会逃逸。"
        "与其猜，不如用 go build -gcflags='-m -l' 看编译器怎么说。",
        "pt := &t\npt.p = &x // moved to heap: x, although t is local"),
]}


def principle(pid: str | PrincipleId) -> Principle:
    return PRINCIPLES[PrincipleId(pid)]
