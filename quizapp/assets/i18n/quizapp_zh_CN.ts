<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllocsPanel</name>
    <message>
        <location filename="../../ui/allocs_panel.py" line="80"/>
        <source>How many heap allocations does one call make? Type the number (or use ↑ ↓), then press Enter.</source>
        <translation>调用一次会做几次堆分配？输入次数（或用 ↑ ↓ 调整），然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/allocs_panel.py" line="82"/>
        <source>&amp;Allocations per call:</source>
        <translation>每次调用的堆分配次数(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/allocs_panel.py" line="83"/>
        <location filename="../../ui/allocs_panel.py" line="84"/>
        <source>Heap allocations per call</source>
        <translation>每次调用的堆分配次数</translation>
    </message>
    <message>
        <location filename="../../ui/allocs_panel.py" line="108"/>
        <source>Right: {n} per call.</source>
        <translation>答对了：每次调用 {n} 次。</translation>
    </message>
    <message>
        <location filename="../../ui/allocs_panel.py" line="111"/>
        <source>The answer is {n} per call.</source>
        <translation>答案是每次调用 {n} 次。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/stats_view.py" line="102"/>
        <source>Accuracy per principle (answers)</source>
        <translation>各原理正确率（作答数）</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="113"/>
        <source>No answers yet</source>
        <translation>还没有作答记录</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="137"/>
        <source>Answers per day (last 30 days)</source>
        <translation>每日作答数（最近 30 天）</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="150"/>
        <location filename="../../ui/stats_view.py" line="228"/>
        <source>answers</source>
        <translation>作答数</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="172"/>
        <source>Streak: {n} days</source>
        <translation>连续学习：{n} 天</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="172"/>
        <source>Streak: 1 day</source>
        <translation>连续学习：1 天</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="197"/>
        <source>answered</source>
        <translation>有作答</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="197"/>
        <source>no answers</source>
        <translation>无作答</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="206"/>
        <source>Time per question</source>
        <translation>每题用时</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="228"/>
        <source>time taken per answer</source>
        <translation>每题用时</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <location filename="../../ui/codeview.py" line="97"/>
        <source>Go code</source>
        <translation>Go 代码</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare.py" line="57"/>
        <source>Compare with the real compiler</source>
        <translation>与真实编译器对比</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="61"/>
        <source>Building with the Go toolchain…</source>
        <translation>正在用 Go 工具链编译…</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="67"/>
        <source>The analyzer&apos;s lines</source>
        <translation>分析器的输出</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="68"/>
        <source>The compiler&apos;s lines</source>
        <translation>编译器的输出</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="76"/>
        <location filename="../../ui/compare.py" line="125"/>
        <source>This app (built-in analyzer)</source>
        <translation>本应用（内置分析器）</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="79"/>
        <source>No Go toolchain was found.</source>
        <translation>没有找到 Go 工具链。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="105"/>
        <source>The build could not run: {error}</source>
        <translation>无法编译：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="115"/>
        <source>Line numbers are those of your code: the package clause and func main the sandbox wraps it in are left out, and so are the lines about them.</source>
        <translation>行号按你的代码计：沙盒包在外面的 package 子句和 func main 不计入，关于它们的行也不显示。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="118"/>
        <source>Warning: this toolchain is {v}; the app&apos;s answers are those of {go}.</source>
        <translation>警告：这个工具链是 {v}，而本应用的答案以 {go} 为准。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="121"/>
        <source>The compiler rejected the program.</source>
        <translation>编译器拒绝了这个程序。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="122"/>
        <source>The outputs are identical.</source>
        <translation>两边的输出完全一致。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="123"/>
        <source>{n} lines differ (marked ≠).</source>
        <translation>有 {n} 行不同（标记为 ≠）。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="126"/>
        <source>go build -gcflags=-m ({v})</source>
        <translation>go build -gcflags=-m（{v}）</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="127"/>
        <source>go build -gcflags=&apos;-m -l&apos; ({v})</source>
        <translation>go build -gcflags=&apos;-m -l&apos;（{v}）</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <location filename="../../ui/diagram_view.py" line="295"/>
        <source>What if it stayed on the stack?</source>
        <translation>如果它留在栈上会怎样？</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="296"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="297"/>
        <source>Over</source>
        <translation>跳过调用</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="298"/>
        <source>Alloc</source>
        <translation>下个分配</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="299"/>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="300"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="301"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="302"/>
        <source>Step over a call</source>
        <translation>跳过这次调用</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="303"/>
        <source>Next allocation</source>
        <translation>下一次分配</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="304"/>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="307"/>
        <source>Step of the run</source>
        <translation>运行的步骤</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="308"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="309"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="310"/>
        <location filename="../../ui/diagram_view.py" line="312"/>
        <source>Memory diagram</source>
        <translation>内存图</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="311"/>
        <source>Notes on this step</source>
        <translation>这一步的说明</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="334"/>
        <location filename="../../ui/diagram_view.py" line="400"/>
        <source>{i} / {n}</source>
        <translation>{i} / {n}</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="411"/>
        <source>Working out this step…</source>
        <translation>正在计算这一步…</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="425"/>
        <source>This step cannot be drawn: {why}</source>
        <translation>这一步无法绘制：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="434"/>
        <source>Nothing would change at this step: nothing a returned function put on the heap is still in use, so no pointer would dangle.</source>
        <translation>这一步不会有变化：已返回的函数放到堆上的内存没有一块仍在使用，所以不会有悬空指针。</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="439"/>
        <source>The program panics: {value}</source>
        <translation>程序发生 panic：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="445"/>
        <source>If it had stayed on the stack: {funcs} returned, so the pointers into its frame would dangle (dashed).</source>
        <translation>如果它留在栈上：{funcs} 已经返回，指向其栈帧的指针就会悬空（虚线）。</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="452"/>
        <source>{n} older objects are not drawn.</source>
        <translation>另有 {n} 个较早的对象未绘制。</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="454"/>
        <source>The run stopped here: {why}</source>
        <translation>运行在这里停止：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="510"/>
        <source>This diagram shows the build with inlining off (-m -l): no call is inlined here, so it can differ from the default build&apos;s answers above.</source>
        <translation>此图画的是关闭内联的构建（-m -l）：这里没有调用被内联，所以可能与上方默认构建的答案不同。</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="513"/>
        <source>This diagram shows the default build (inlining on, -m): it can differ from the answers above, which are for inlining off.</source>
        <translation>此图画的是默认构建（开启内联，-m）：可能与上方关闭内联时的答案不同。</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="560"/>
        <location filename="../../ui/diagram_view.py" line="566"/>
        <source>Export the diagram</source>
        <translation>导出内存图</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="561"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="49"/>
        <source>line {n}: {code}</source>
        <translation>第 {n} 行：{code}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="51"/>
        <source>line {n}: the loop goes round ({code})</source>
        <translation>第 {n} 行：循环进入下一轮（{code}）</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="53"/>
        <source>call {f}</source>
        <translation>调用 {f}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="55"/>
        <source>return from {f}</source>
        <translation>从 {f} 返回</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="59"/>
        <source>line {n}: append grows the slice: a new, larger backing array</source>
        <translation>第 {n} 行：append 扩容：新的、更大的底层数组</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="62"/>
        <source>line {n}: allocate {site}</source>
        <translation>第 {n} 行：分配 {site}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="64"/>
        <source>line {n}: start {g}</source>
        <translation>第 {n} 行：启动 {g}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="66"/>
        <source>switch to {g}</source>
        <translation>切换到 {g}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="68"/>
        <source>line {n}: panic: {value}</source>
        <translation>第 {n} 行：panic：{value}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="70"/>
        <source>the panic leaves {f}: it returns nothing</source>
        <translation>panic 离开 {f}：它不返回任何值</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="74"/>
        <source>line {n}: send {value} on a channel</source>
        <translation>第 {n} 行：向通道发送 {value}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="75"/>
        <location filename="../../diagram/words.py" line="60"/>
        <source>channel send</source>
        <translation>通道发送</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="75"/>
        <location filename="../../diagram/words.py" line="62"/>
        <source>channel receive</source>
        <translation>通道接收</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="75"/>
        <source>close a channel</source>
        <translation>关闭通道</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="76"/>
        <source>select</source>
        <translation>select 语句</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="77"/>
        <source>line {n}: {what}</source>
        <translation>第 {n} 行：{what}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="260"/>
        <source>step {i} of {n}</source>
        <translation>第 {i} 步，共 {n} 步</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="262"/>
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="377"/>
        <source>Values cut short in the drawing, in full:</source>
        <translation>图中被截短的值（完整内容）：</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="61"/>
        <source>send on a nil channel</source>
        <translation>向 nil 通道发送</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="63"/>
        <source>receive from a nil channel</source>
        <translation>从 nil 通道接收</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="64"/>
        <source>waiting in a select</source>
        <translation>在 select 中等待</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="65"/>
        <source>select with no cases</source>
        <translation>没有分支的 select</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="66"/>
        <source>sleep</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="67"/>
        <source>locking a mutex</source>
        <translation>等待互斥锁</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="68"/>
        <source>locking a read-write mutex</source>
        <translation>等待读写锁（写锁）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="69"/>
        <source>read-locking a read-write mutex</source>
        <translation>等待读写锁（读锁）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="70"/>
        <source>waiting for a WaitGroup</source>
        <translation>等待 WaitGroup</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="71"/>
        <source>waiting on a condition</source>
        <translation>等待条件变量</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="79"/>
        <source>{ours} ({go})</source>
        <translation>{ours}（{go}）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="133"/>
        <source>cannot run: {what} (line {line}, column {col})</source>
        <translation>无法运行：{what}（第 {line} 行第 {col} 列）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="165"/>
        <source>Stack</source>
        <translation>栈</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="166"/>
        <source>Heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="167"/>
        <source>garbage</source>
        <translation>垃圾</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="169"/>
        <source>SP</source>
        <translation>栈顶</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="194"/>
        <source>{f} (inlined)</source>
        <translation>{f}（已内联）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="196"/>
        <source>{f}  (returned)</source>
        <translation>{f}（已返回）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="90"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="25"/>
        <source>a nil map: no map was made, so nothing points anywhere; Go prints it map[] as it prints an empty map, and writing to it panics</source>
        <translation>nil map：没有创建任何 map，因此不指向任何地方；Go 把它打印成 map[]，和空 map 一样，但向它写入会 panic</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="27"/>
        <source>a nil slice: it has no backing array, so nothing points anywhere; Go prints it [] as it prints an empty slice, and append allocates an array for it</source>
        <translation>nil 切片：没有底层数组，因此不指向任何地方；Go 把它打印成 []，和空切片一样；append 会为它分配一个数组</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="29"/>
        <source>a nil pointer: it points at no memory, and nothing was allocated for it; reading or writing through it panics</source>
        <translation>nil 指针：它不指向任何内存，也没有为它分配任何东西；通过它读或写会 panic</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="31"/>
        <source>a nil channel: no channel was made; sending or receiving on it blocks forever, and closing it panics</source>
        <translation>nil 通道：没有创建任何通道；在它上面发送或接收会永远阻塞，关闭它会 panic</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="33"/>
        <source>a nil function value: no function and no closure is behind it; calling it panics</source>
        <translation>nil 函数值：它背后既没有函数也没有闭包；调用它会 panic</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="72"/>
        <source>not started yet</source>
        <translation>尚未开始运行</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="91"/>
        <source>runnable</source>
        <translation>可运行</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="92"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="93"/>
        <source>: {why}</source>
        <translation>：{why}</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="106"/>
        <source>the interpreter does not support {what}</source>
        <translation>解释器不支持 {what}</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="109"/>
        <source>{what} (the analyzer does not judge it)</source>
        <translation>{what}（分析器不对它作判断）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="112"/>
        <source>function {f} has no body</source>
        <translation>函数 {f} 没有函数体</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="115"/>
        <source>math.{f} (Go computes it with its own approximation, whose last bits the interpreter does not reproduce)</source>
        <translation>math.{f}（Go 用自己的近似算法计算它，解释器无法重现其最后几位）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="118"/>
        <source>math.Pow with a fractional exponent (Go computes it with its own Exp and Log, whose last bits the interpreter does not reproduce)</source>
        <translation>指数为小数的 math.Pow（Go 用自己的 Exp 和 Log 计算它，解释器无法重现其最后几位）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="122"/>
        <source>{f} (it reads the wall clock or the local time zone)</source>
        <translation>{f}（它读取真实时钟或本地时区）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="125"/>
        <source>more than {n} goroutines alive at once</source>
        <translation>同时存活的 goroutine 超过 {n} 个</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="130"/>
        <source>calls nested more than {n} deep (the interpreter&apos;s stack is smaller than Go&apos;s)</source>
        <translation>调用嵌套超过 {n} 层（解释器的栈比 Go 的小）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="135"/>
        <source>cannot run: {what}</source>
        <translation>无法运行：{what}</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="138"/>
        <source>stopped after {n} steps (the step budget)</source>
        <translation>执行 {n} 步后停止（步数上限）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="140"/>
        <source>there is no program to draw</source>
        <translation>没有可以绘制的程序</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="141"/>
        <source>the program took no step</source>
        <translation>程序一步也没有执行</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="148"/>
        <source>go closure</source>
        <translation>go 闭包</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="150"/>
        <source>... argument</source>
        <translation>... argument（变参切片）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="151"/>
        <source>deferred closure</source>
        <translation>defer 闭包</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="152"/>
        <source>defer record</source>
        <translation>defer 记录</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="156"/>
        <source>{name}, boxed</source>
        <translation>{name}（装箱）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="158"/>
        <source>{name}&apos;s array, moved</source>
        <translation>{name} 的数组（已搬到堆上）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="168"/>
        <source>not allocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="170"/>
        <source>globals</source>
        <translation>全局变量</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="172"/>
        <source>package-level variables: static data, neither on the stack nor on the heap</source>
        <translation>包级变量：静态数据，既不在栈上也不在堆上</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="181"/>
        <source>the stack pointer: the top of the running goroutine&apos;s stack</source>
        <translation>栈指针（SP）：正在运行的 goroutine 的栈顶</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="186"/>
        <source>goroutine {n}&apos;s stack pointer: the top of its stack</source>
        <translation>栈指针（SP）：goroutine {n} 的栈顶</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="190"/>
        <source>{f}, the go statement&apos;s wrapper</source>
        <translation>{f}（go 语句的包装函数）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="191"/>
        <source>{f}, the deferred call&apos;s wrapper</source>
        <translation>{f}（延迟调用的包装函数）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="200"/>
        <source>goroutine {n} (main)</source>
        <translation>goroutine {n}（main）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="201"/>
        <source>goroutine {n}</source>
        <translation>goroutine {n}</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="206"/>
        <source>{n} more</source>
        <translation>还有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="212"/>
        <source>no function main</source>
        <translation>没有 main 函数</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="213"/>
        <source>os.Getenv (the environment differs from run to run)</source>
        <translation>os.Getenv（每次运行的环境都不同）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="218"/>
        <source>a constant: Go boxes it as read-only data, nothing is allocated</source>
        <translation>它是常量：Go 把它作为只读数据装箱，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="219"/>
        <source>zero-size: Go points the interface at runtime.zerobase, nothing is allocated</source>
        <translation>大小为零：Go 让接口指向 runtime.zerobase，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="221"/>
        <source>a one-byte value: Go uses its static table of values, nothing is allocated</source>
        <translation>它是单字节的值：Go 使用静态值表，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="223"/>
        <source>a one-byte string: Go points it into its static table of byte values, nothing is allocated</source>
        <translation>单字节的字符串：Go 直接指向运行时的静态字节表，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="225"/>
        <source>a read-only global: the interface points at it</source>
        <translation>它是只读的全局变量：接口直接指向它</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="226"/>
        <source>a zero value known at compile time: the interface points at runtime.zeroVal, nothing is allocated</source>
        <translation>它是编译期已知的零值：接口指向 runtime.zeroVal，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="228"/>
        <source>a value known at compile time: the interface points at a read-only copy, nothing is allocated</source>
        <translation>它是编译期已知的值：接口指向一份只读副本，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="230"/>
        <source>the empty string: Go uses its zero value, nothing is allocated</source>
        <translation>它是空字符串：Go 使用零值，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="231"/>
        <source>a nil slice: Go uses its zero value, nothing is allocated</source>
        <translation>它是 nil 切片：Go 使用零值，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="232"/>
        <source>holds nothing (zero bytes): Go allocates nothing (runtime.zerobase)</source>
        <translation>它不占空间（零字节）：Go 不分配内存（runtime.zerobase）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="233"/>
        <source>captures nothing: Go uses a static function value, nothing is allocated</source>
        <translation>它没有捕获任何变量：Go 使用静态的函数值，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="235"/>
        <source>is zero-size: Go allocates nothing (runtime.zerobase)</source>
        <translation>它大小为零：Go 不分配内存（runtime.zerobase）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="241"/>
        <source>static data: nothing is allocated</source>
        <translation>静态数据：不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="242"/>
        <source>gc&apos;s 32-byte stack buffer for this append: nothing is allocated</source>
        <translation>这次 append 使用 Go 编译器（gc）的 32 字节栈缓冲区：不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="243"/>
        <source>a channel is always made on the heap (runtime.makechan); gc reports nothing about it</source>
        <translation>通道总是在堆上创建（runtime.makechan）；Go 编译器（gc）对此不输出任何内容</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="245"/>
        <source>gc wraps the call in a closure holding its arguments; the new goroutine outlives the statement, so the closure is on the heap (gc reports nothing)</source>
        <translation>Go 编译器（gc）把这次调用包进一个保存参数的闭包；新的 goroutine 的生命周期超出这条语句，所以闭包在堆上（编译器不输出任何内容）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="248"/>
        <source>gc wraps the deferred call in a closure holding its arguments; a defer in a loop puts it on the heap (gc reports nothing)</source>
        <translation>Go 编译器（gc）把延迟调用包进一个保存参数的闭包；循环里的 defer 把它放在堆上（编译器不输出任何内容）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="250"/>
        <source>a defer in a loop: the runtime records it on the heap (runtime._defer; a record freed by an earlier defer is reused)</source>
        <translation>循环里的 defer：运行时在堆上记录它（runtime._defer；之前 defer 释放的记录会被复用）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="252"/>
        <source>the appends used a stack buffer; where the slice is handed out, gc copies it to the heap (move2heap)</source>
        <translation>这些 append 使用了栈缓冲区；在切片被交出去的地方，Go 编译器（gc）把它复制到堆上（move2heap）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="254"/>
        <source>does not escape, but append grew it past gc&apos;s 32-byte stack buffer: growslice allocated it on the heap</source>
        <translation>不逃逸，但 append 让它超出了 Go 编译器（gc）的 32 字节栈缓冲区：growslice 在堆上分配了它</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="318"/>
        <source>{channel}  closed</source>
        <translation>{channel}  已关闭</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="336"/>
        <source>a nil interface: both its words, the type and the data, are nil</source>
        <translation>nil 接口：它的两个字（类型和数据）都是 nil</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="338"/>
        <source>dynamic type: {t} (the interface&apos;s first word; the second, its data, holds a pointer: to a copy of the value, or the pointer itself)</source>
        <translation>动态类型：{t}（接口的第一个字；第二个字是数据，存放一个指针：指向值的副本，或就是该指针本身）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="366"/>
        <source>Go uses its static table</source>
        <translation>Go 用静态值表</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="368"/>
        <source>zero-size (runtime.zerobase)</source>
        <translation>大小为零（runtime.zerobase）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="371"/>
        <source>the append uses its stack buffer</source>
        <translation>append 用栈上缓冲区</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="372"/>
        <source>line {n}: {site} not allocated: {how}</source>
        <translation>第 {n} 行：{site} 未分配：{how}</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="383"/>
        <source>the program stops: {message} (exit status 2)</source>
        <translation>程序停止：{message}（退出状态 2）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="385"/>
        <source>the program crashes: {message} (exit status 2)</source>
        <translation>程序崩溃：{message}（退出状态 2）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="367"/>
        <source>Go points at read-only data</source>
        <translation>Go 指向只读数据</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="369"/>
        <source>Go uses the zero value</source>
        <translation>Go 用零值</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="370"/>
        <source>Go uses a static function value</source>
        <translation>Go 用静态函数值</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="240"/>
        <source>made by the standard library</source>
        <translation>由标准库创建</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="256"/>
        <source>a span read from the clock: Go allocates its box unless the real span is under 256 ns, which the interpreter&apos;s virtual clock cannot tell</source>
        <translation>从时钟读出的时间跨度：除非真实的跨度小于 256 纳秒，否则 Go 会为它的装箱分配内存；解释器的虚拟时钟无法判断这一点</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="266"/>
        <source>escapes, but the value {n} is below 256: Go uses its static table of small values, nothing is allocated</source>
        <translation>逃逸了，但值 {n} 小于 256：Go 使用小整数静态表，不分配内存</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="269"/>
        <source>escapes, but {why}</source>
        <translation>逃逸了，但{why}</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="272"/>
        <source>does not escape, but its size ({size} bytes) is only known at run time and is over gc&apos;s {buf}-byte stack buffer: allocated on the heap</source>
        <translation>不逃逸，但它的大小（{size} 字节）运行时才知道，且超过了 Go 编译器（gc）的 {buf} 字节栈缓冲区：在堆上分配</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="277"/>
        <source>does not escape, but the string is {size} bytes, over the {buf}-byte buffer gc gives a conversion on the stack: allocated on the heap</source>
        <translation>没有逃逸，但这个字符串有 {size} 字节，超过了 Go 编译器（gc）在栈上为转换准备的 {buf} 字节缓冲区：分配在堆上</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="280"/>
        <source>does not escape, but the slice is {size} bytes, over the {buf}-byte buffer gc gives a conversion on the stack: allocated on the heap</source>
        <translation>没有逃逸，但这个切片有 {size} 字节，超过了 Go 编译器（gc）在栈上为转换准备的 {buf} 字节缓冲区：分配在堆上</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="285"/>
        <source>does not escape, but it holds {n} runes, over the {buf}-rune buffer gc gives a conversion on the stack: allocated on the heap</source>
        <translation>没有逃逸，但它有 {n} 个 rune，超过了 Go 编译器（gc）在栈上为转换准备的 {buf} 个 rune 的缓冲区：分配在堆上</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="290"/>
        <source>moved to heap, allocated together with {name}: gc puts small variables without pointers in one allocation</source>
        <translation>移到堆上，与 {name} 一起分配：Go 编译器（gc）把不含指针的小变量放在同一次分配里</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="305"/>
        <source>+{n} more</source>
        <translation>还有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="316"/>
        <source>→ heap</source>
        <translation>→ 堆</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="320"/>
        <source>{f} (bound to its receiver)</source>
        <translation>{f}（绑定到接收者）</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="324"/>
        <source>{f}, capturing {names}</source>
        <translation>{f}，捕获 {names}</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="345"/>
        <source>{label} ({type}) at {addr}</source>
        <translation>{label}（{type}），地址 {addr}</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="348"/>
        <source>{head}, made by {site}</source>
        <translation>{head}，由 {site} 创建</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="355"/>
        <source>on the stack</source>
        <translation>在栈上</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="356"/>
        <source>moved to the heap</source>
        <translation>移到堆上</translation>
    </message>
    <message>
        <location filename="../../diagram/words.py" line="357"/>
        <source>not judged</source>
        <translation>未判断</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../ui/feedback.py" line="33"/>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="34"/>
        <source>Correct!</source>
        <translation>答对了！</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="35"/>
        <source>Not quite.</source>
        <translation>不完全对。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="36"/>
        <source>Wrong.</source>
        <translation>答错了。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="37"/>
        <source>Time ran out; the answer was graded as it stood.</source>
        <translation>时间到了，按当时的作答评分。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="38"/>
        <source>The answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="39"/>
        <source>Your choice</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="40"/>
        <source>Principle</source>
        <translation>原理</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="41"/>
        <source>Principles</source>
        <translation>涉及的原理</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="42"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="43"/>
        <source>With inlining on:</source>
        <translation>开启内联时：</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="44"/>
        <source>At run time:</source>
        <translation>运行时：</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="45"/>
        <source>Printed, but you left it out:</source>
        <translation>会输出，但你漏选了：</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="46"/>
        <source>Not printed, but you ticked it:</source>
        <translation>不会输出，你却勾选了：</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="71"/>
        <source>heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="71"/>
        <source>stack</source>
        <translation>栈</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="126"/>
        <source>It comes back for review later today.</source>
        <translation>今天稍后会再复习这道题。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="128"/>
        <source>Next review: tomorrow.</source>
        <translation>下次复习：明天。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="129"/>
        <source>Next review: in {n} days.</source>
        <translation>下次复习：{n} 天后。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="135"/>
        <source>That is the answer with -l (inlining off); this question asks about the default build (go build -gcflags=-m), where the call is inlined.</source>
        <translation>这是关闭内联（-l）时的答案；本题问的是默认构建（go build -gcflags=-m），那里这个调用会被内联。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="138"/>
        <source>That is what a default build decides where the call is inlined; this question asks about go build -gcflags=&apos;-m -l&apos; (inlining off), as articles build.</source>
        <translation>这是默认构建在调用被内联处的答案；本题问的是 go build -gcflags=&apos;-m -l&apos;（关闭内联），也就是文章里的构建方式。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="155"/>
        <source>{right} of {n} right</source>
        <translation>{n} 个中答对 {right} 个</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="166"/>
        <source>You used 1 hint.</source>
        <translation>你用了 1 个提示。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="166"/>
        <source>You used {n} hints.</source>
        <translation>你用了 {n} 个提示。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="196"/>
        <source>You said {given}.</source>
        <translation>你的回答是{given}。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="196"/>
        <source>Not answered.</source>
        <translation>没有作答。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="239"/>
        <source>Heap allocations per call: none.</source>
        <translation>每次调用的堆分配：无。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="240"/>
        <source>Heap allocations per call: {n}.</source>
        <translation>每次调用的堆分配：{n} 次。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="249"/>
        <source>no heap allocation per call of {f}</source>
        <translation>每次调用 {f} 都不做堆分配</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="251"/>
        <source>1 heap allocation per call of {f}</source>
        <translation>每次调用 {f} 做 1 次堆分配</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="253"/>
        <source>{n} heap allocations per call of {f}</source>
        <translation>每次调用 {f} 做 {n} 次堆分配</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="259"/>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="262"/>
        <source>Counted from a run of the program: every site below made memory during the calls; those on the heap allocate, unless the run-time note says Go allocates nothing.</source>
        <translation>这是运行一遍程序数出来的：下面每个位置都在这些调用中申请过内存；在堆上的会分配，除非“运行时”说明里写着 Go 并不分配。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="265"/>
        <source>Counted from a run of the program: the calls made no memory of their own.</source>
        <translation>由一次实际运行统计：这些调用自己没有申请任何内存。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="296"/>
        <source>What go build -gcflags=-m prints (the default build)</source>
        <translation>go build -gcflags=-m（默认构建）的输出</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="297"/>
        <source>What go build -gcflags=&apos;-m -l&apos; prints</source>
        <translation>go build -gcflags=&apos;-m -l&apos; 的输出</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="298"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>FixFeedback</name>
    <message>
        <location filename="../../ui/fix_feedback.py" line="35"/>
        <source>Time ran out before a check; the question counts as not fixed.</source>
        <translation>还没检查时间就到了，这道题按没有改好计。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="39"/>
        <source>Your code has changed since this check: what follows is about the code you checked. Check again (Ctrl+Enter) to judge your changes.</source>
        <translation>检查之后你又改了代码：下面说的是你检查过的那份代码。再检查一次（Ctrl+Enter）才会评判你的改动。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="46"/>
        <source>{site} is no longer allocated on the marked line; the compiler now makes {after} instead of {before}; and the program prints the same.</source>
        <translation>标记的那一行不再分配 {site}；编译器现在做出 {after}，原来是 {before}；程序的输出也相同。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="48"/>
        <source>{site} stays on the stack; the compiler now makes {after} instead of {before}; and the program prints the same.</source>
        <translation>{site} 留在栈上；编译器现在做出 {after}，原来是 {before}；程序的输出也相同。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="53"/>
        <source>Your first judged check passed; it is the one recorded.</source>
        <translation>你第一次得到评判的检查通过了，记录的就是那一次。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="54"/>
        <source>Your first judged check did not pass; it is the one recorded. Keep trying: this check only shows feedback.</source>
        <translation>你第一次得到评判的检查没有通过，记录的是那一次。可以继续尝试：这次检查只显示反馈。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="62"/>
        <source>Fixed!</source>
        <translation>改好了！</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="64"/>
        <source>Your code does not compile.</source>
        <translation>你的代码无法编译。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="66"/>
        <source>This edit cannot be judged (it is not a pass).</source>
        <translation>这次修改无法评判（不算通过）。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="68"/>
        <source>The marker is gone.</source>
        <translation>标记不见了。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="70"/>
        <source>Not fixed yet.</source>
        <translation>还没有改好。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="79"/>
        <source>gc says:</source>
        <translation>Go 编译器（gc）的输出：</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="83"/>
        <source>The marker {marker} must stay, once, at the end of the line that holds {site}.</source>
        <translation>标记 {marker} 必须保留，并且只出现一次，放在 {site} 所在那一行的末尾。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="85"/>
        <source>The marker {marker} appears {n} times; keep only the one on the line that holds {site}.</source>
        <translation>标记 {marker} 出现了 {n} 次；只保留 {site} 所在那一行上的那个。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="87"/>
        <source>Deleting the site or its marker does not count as a fix; Reset brings the original back.</source>
        <translation>删除这个位置或它的标记都不算改好；点“重置”可以恢复原来的代码。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="90"/>
        <source>What stopped the judge:</source>
        <translation>无法评判的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="91"/>
        <source>Only an edit the analyzer and the interpreter can both judge passes. Change what is named, or reset.</source>
        <translation>只有分析器和解释器都能评判的修改才可能通过。请修改上面指出的部分，或者重置。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="94"/>
        <source>The marked line (line {line}) holds no code any more. Deleting the site does not count as a fix: keep the code that does the work of {site} on the marked line and change how it does it.</source>
        <translation>标记所在的行（第 {line} 行）已经没有代码了。删除这个位置不算改好：让完成 {site} 那部分工作的代码留在标记的行上，改的是它的做法。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="99"/>
        <source>{site} still escapes</source>
        <translation>{site} 仍然逃逸</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="109"/>
        <source>The escape moved</source>
        <translation>逃逸换了个地方</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="110"/>
        <source>{site} is no longer on the marked line, but what it allocated still escapes elsewhere (the compiler makes {after}; the original made {before}):</source>
        <translation>{site} 已不在标记的那一行，但它分配的东西在别处仍然逃逸（编译器做出 {after}；原来是 {before}）：</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="113"/>
        <source>{site} stays on the stack now, but the compiler still makes {after} (the original made {before}): the allocation went somewhere else.</source>
        <translation>{site} 现在留在栈上，但编译器仍然做出 {after}（原来是 {before}）：分配只是挪到了别处。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="157"/>
        <source>1 heap decision</source>
        <translation>1 个堆分配决定</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="158"/>
        <source>{n} heap decisions</source>
        <translation>{n} 个堆分配决定</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="119"/>
        <source>The program prints something else</source>
        <translation>程序的输出不一样了</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="128"/>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="128"/>
        <source>standard error</source>
        <translation>标准错误</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="129"/>
        <source>exit status</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="130"/>
        <source>The original</source>
        <translation>原来的程序</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="131"/>
        <source>Yours</source>
        <translation>你的程序</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="148"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../ui/fix_feedback.py" line="150"/>
        <source>The model solution is in the Model solution tab beside the original.</source>
        <translation>参考答案在“原来的代码”旁边的“参考答案”标签页里。</translation>
    </message>
</context>
<context>
    <name>FixView</name>
    <message>
        <location filename="../../ui/fix_view.py" line="148"/>
        <source>Edit the code so that {site} on the line marked {marker} stays on the stack and the program prints the same. Keep the marker on that line: deleting the site does not count.</source>
        <translation>修改代码，让标有 {marker} 的那一行上的 {site} 留在栈上，同时程序的输出不变。标记要留在那一行：删除这个位置不算改好。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="152"/>
        <source>Your code (edit it here; Ctrl+Enter checks it)</source>
        <translation>你的代码（在这里修改；Ctrl+Enter 检查）</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="153"/>
        <source>The original code and the model solution</source>
        <translation>原来的代码和参考答案</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="154"/>
        <source>Original</source>
        <translation>原来的代码</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="155"/>
        <location filename="../../ui/fix_view.py" line="157"/>
        <location filename="../../ui/fix_view.py" line="203"/>
        <source>Model solution</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="156"/>
        <source>Your code (editable)</source>
        <translation>你的代码（可编辑）</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="158"/>
        <source>The question&apos;s code, as it was</source>
        <translation>题目原来的代码</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="197"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>检查（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="198"/>
        <source>Check your fix</source>
        <translation>检查你的修改</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="200"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="201"/>
        <source>Back to the question&apos;s code (Ctrl+Shift+R)</source>
        <translation>恢复题目原来的代码（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="204"/>
        <source>Shown after your first judged check</source>
        <translation>第一次得到评判的检查之后才显示</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="205"/>
        <source>The model solution (Ctrl+Shift+M)</source>
        <translation>参考答案（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="219"/>
        <source>This diagram runs the question&apos;s original code: check your edit to see it run.</source>
        <translation>此内存图运行的是题目的原始代码：检查你修改后的代码，就能看到它运行。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="224"/>
        <source>Your last checked code does not compile: this diagram runs the question&apos;s original code.</source>
        <translation>你最近一次检查的代码无法编译：此内存图运行的是题目的原始代码。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="231"/>
        <source>Your last checked code cannot be run here: this diagram runs the question&apos;s original code.</source>
        <translation>你最近一次检查的代码无法在这里运行：此内存图运行的是题目的原始代码。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="235"/>
        <source>This diagram runs your code as you last checked it.</source>
        <translation>此内存图运行的是你最近一次检查时的代码。</translation>
    </message>
    <message>
        <location filename="../../ui/fix_view.py" line="265"/>
        <source>Checking your fix…</source>
        <translation>正在检查你的修改…</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <location filename="../../ui/modes_view.py" line="282"/>
        <source>Explain your answer — the principle:</source>
        <translation>说明你的答案 —— 依据的原理：</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="283"/>
        <source>See the report (Enter)</source>
        <translation>查看报告（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="283"/>
        <source>Next question (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="284"/>
        <source>The principle behind your answer</source>
        <translation>你的答案依据的原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="294"/>
        <source>Question {i} of {n}</source>
        <translation>第 {i}/{n} 题</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="308"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="319"/>
        <source>No principle chosen. Choose one, or press Enter again to go on without one.</source>
        <translation>还没有选原理。选一个，或者再按一次 Enter 不选就继续。</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="338"/>
        <source>Time left {m}:{s}</source>
        <translation>剩余时间 {m}:{s}</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="339"/>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <location filename="../../ui/keymap.py" line="95"/>
        <source>Show Packs, Quiz, Practice, Statistics, Sandbox, Settings</source>
        <translation>切换到题库、答题、练习、统计、沙盒、设置</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="96"/>
        <source>Install a pack</source>
        <translation>安装题库</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="97"/>
        <source>Open a Go file in the sandbox</source>
        <translation>在沙盒中打开 Go 文件</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="98"/>
        <source>Larger code font</source>
        <translation>放大代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="99"/>
        <source>Smaller code font</source>
        <translation>缩小代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="100"/>
        <source>Show these keyboard shortcuts</source>
        <translation>显示这些快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="101"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="102"/>
        <source>Start or continue the selected pack</source>
        <translation>开始或继续所选题库</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="103"/>
        <source>Search the packs</source>
        <translation>搜索题库</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="104"/>
        <source>From the search field: back to the list</source>
        <translation>从搜索框回到列表</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="105"/>
        <source>Remove the selected pack (your own packs only)</source>
        <translation>删除所选题库（仅限你自己的题库）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="106"/>
        <source>Submit the answer</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="107"/>
        <source>Next question (after the last: the summary)</source>
        <translation>下一题（最后一题之后：小结）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="108"/>
        <source>Show a hint (counted; none in interviews)</source>
        <translation>显示提示（会计入记录；模拟面试中没有提示）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="109"/>
        <source>Next site</source>
        <translation>下一个位置</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="110"/>
        <source>Previous site</source>
        <translation>上一个位置</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="111"/>
        <source>The selected site lives on the stack; the next unanswered site is selected</source>
        <translation>所选位置在栈上；随后自动选中下一个未作答的位置</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="112"/>
        <source>The selected site lives on the heap; the next unanswered site is selected</source>
        <translation>所选位置在堆上；随后自动选中下一个未作答的位置</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="113"/>
        <source>Next option</source>
        <translation>下一个选项</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="114"/>
        <source>Previous option</source>
        <translation>上一个选项</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="115"/>
        <source>Choose option n (why), tick or untick line n (lines); two digits in quick succession for 10 and beyond</source>
        <translation>选择第 n 个选项（原理题），勾选或取消第 n 行（输出行题）；第 10 行及以后，快速连按两个数字</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="116"/>
        <source>Tick or untick the selected line</source>
        <translation>勾选或取消所选的行</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="117"/>
        <source>Reveal the model answer (other keys type)</source>
        <translation>显示参考答案（其他按键照常输入）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="118"/>
        <source>Leave the text field</source>
        <translation>离开输入框</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="119"/>
        <source>Check your fix (the analyzer and the interpreter judge it)</source>
        <translation>检查你的修改（由分析器和解释器评判）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="120"/>
        <source>Reset the code to the original</source>
        <translation>把代码恢复成原来的样子</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="121"/>
        <source>Show the model solution (after your first judged check)</source>
        <translation>显示参考答案（在第一次得到评判的检查之后）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="122"/>
        <source>Leave the editor</source>
        <translation>离开编辑器</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="123"/>
        <source>Reveal the model answer</source>
        <translation>显示参考答案</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="124"/>
        <source>Rate yourself: 1 again, 2 hard, 3 good, 4 easy</source>
        <translation>自评：1 重来，2 困难，3 良好，4 简单</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="125"/>
        <source>Confirm the principle and go on (↑ ↓ choose it)</source>
        <translation>确认原理并继续（↑ ↓ 选择）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="126"/>
        <source>Next of the next steps</source>
        <translation>下一个“接下来”选项</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="127"/>
        <source>Previous of the next steps</source>
        <translation>上一个“接下来”选项</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="128"/>
        <source>Do the selected next step</source>
        <translation>执行所选的下一步</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="129"/>
        <source>Review the missed questions</source>
        <translation>复习答错的题</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="130"/>
        <source>Back to the packs</source>
        <translation>回到题库</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="131"/>
        <source>Next step of the run</source>
        <translation>运行的下一步</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="132"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="133"/>
        <source>Step over a call (to the step after it returns)</source>
        <translation>跳过调用（到它返回后的那一步）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="134"/>
        <source>Previous allocation</source>
        <translation>上一次分配</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="135"/>
        <source>Next allocation</source>
        <translation>下一次分配</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="136"/>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="137"/>
        <source>Last step (the end of the run)</source>
        <translation>最后一步（运行结束）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="138"/>
        <source>What if it stayed on the stack (on or off)</source>
        <translation>如果它留在栈上（打开或关闭）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="143"/>
        <source>Anywhere</source>
        <translation>任何地方</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="143"/>
        <source>Pack list</source>
        <translation>题库列表</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="144"/>
        <source>A question (outside text fields)</source>
        <translation>题目中（输入框以外）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="144"/>
        <source>Code and sites</source>
        <translation>代码和位置列表</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="145"/>
        <source>Options (why and lines questions)</source>
        <translation>选项（原理题和输出题）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="145"/>
        <source>Flashcards</source>
        <translation>闪卡</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="146"/>
        <source>Text fields</source>
        <translation>输入框</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="146"/>
        <source>Mock interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="146"/>
        <source>Code editor (fix questions)</source>
        <translation>代码编辑器（改代码题）</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="147"/>
        <source>Summary</source>
        <translation>小结</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="148"/>
        <source>Memory diagram</source>
        <translation>内存图</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Stack or Heap — learn where Go puts memory</source>
        <translation>栈还是堆 —— 学习 Go 把内存放在哪里</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Packs</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Quiz</source>
        <translation>答题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Install a pack…</source>
        <translation>安装题库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Open a Go file in the sandbox…</source>
        <translation>在沙盒中打开 Go 文件…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Larger code font</source>
        <translation>放大代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Smaller code font</source>
        <translation>缩小代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>About Stack or Heap</source>
        <translation>关于“栈还是堆”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Introduction</source>
        <translation>入门介绍</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Nothing to practise right now: every question is scheduled for later (next: {when}).</source>
        <translation>现在没有要练习的题：每道题都安排在以后复习（下一次：{when}）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Checking the pack…</source>
        <translation>正在检查题库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>The pack checker found these problems (file:line: problem, as quizapp pack validate prints them):</source>
        <translation>题库检查发现了下面这些问题（格式为“文件:行: 问题”，与 quizapp pack validate 的输出相同）：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>The pack was not installed:</source>
        <translation>题库没有安装：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>The question was saved in {path}; it is in the pack list now.</source>
        <translation>题目已保存到 {path}，现在可以在题库列表里找到它。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>(the analysis of this text is still running)</source>
        <translation>（这段代码还在分析中）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Each question shows a Go program. Decide for each marked variable or allocation whether it lives on the stack or on the heap: choose it (↑ ↓), press S or H, then Enter. The app explains every answer with the compiler&apos;s own reasoning.

Stack or heap is the compiler&apos;s decision: heap when go build -gcflags=-m says &apos;moved to heap&apos; or &apos;escapes to heap&apos;, stack otherwise. Where the running program differs, the explanation says so.

The Sandbox analyses any Go code you type. F1 lists every keyboard shortcut.</source>
        <translation>每道题给出一段 Go 程序。判断每个标出的变量或分配在栈上还是堆上：用 ↑ ↓ 选中它，按 S 或 H，再按 Enter。应用会用编译器自己的推理解释每个答案。

栈还是堆，指的是编译器的结论：go build -gcflags=-m 输出 moved to heap 或 escapes to heap 的就是堆，否则是栈。程序实际运行时如果不一样，解析里会说明。

沙盒会分析你输入的任何 Go 代码。按 F1 查看所有快捷键。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Mock interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Your answers in this session will not be saved.</source>
        <translation>本次的作答不会被保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>No questions match.</source>
        <translation>没有符合条件的题目。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Interview report</source>
        <translation>面试报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>This report cannot be read.</source>
        <translation>无法读取这份报告。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Install a question pack</source>
        <translation>安装题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Question packs (*.toml)</source>
        <translation>题库文件 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Replace the pack?</source>
        <translation>替换题库？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>A pack with this id is installed. Replace it? Your progress is kept.</source>
        <translation>已安装同一 id 的题库。要替换它吗？你的学习进度会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Cannot install the pack</source>
        <translation>无法安装题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Remove the pack?</source>
        <translation>删除题库？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Remove “{title}”? Your progress is kept.</source>
        <translation>删除“{title}”？你的学习进度会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Cannot remove the pack</source>
        <translation>无法删除题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Cannot save the question</source>
        <translation>无法保存题目</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Question saved</source>
        <translation>题目已保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>&lt;h2&gt;Stack or Heap {version}&lt;/h2&gt;&lt;p&gt;Learn where Go puts memory. Answers reproduce {go} with &lt;code&gt;go build -gcflags=&apos;-m -l&apos;&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Third-party software: Qt and PySide6 (LGPL v3), Pygments (BSD), tree-sitter and tree-sitter-go (MIT), fsrs (MIT), platformdirs (MIT). Chinese text is shown with the system&apos;s CJK font (Noto Sans CJK, SIL Open Font License 1.1, on Debian).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;栈还是堆 {version}&lt;/h2&gt;&lt;p&gt;学习 Go 把内存放在哪里。答案与 {go} 使用 &lt;code&gt;go build -gcflags=&apos;-m -l&apos;&lt;/code&gt; 的输出一致。&lt;/p&gt;&lt;p&gt;许可证：MIT。&lt;/p&gt;&lt;p&gt;第三方软件：Qt 与 PySide6（LGPL v3）、Pygments（BSD）、tree-sitter 与 tree-sitter-go（MIT）、fsrs（MIT）、platformdirs（MIT）。中文使用系统的 CJK 字体显示（Debian 上为 Noto Sans CJK，SIL Open Font License 1.1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Welcome to Stack or Heap</source>
        <translation>欢迎使用“栈还是堆”</translation>
    </message>
</context>
<context>
    <name>PackListView</name>
    <message>
        <location filename="../../ui/pack_cards.py" line="207"/>
        <location filename="../../ui/pack_cards.py" line="216"/>
        <source>Question packs</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="208"/>
        <source>Answers are what {go} prints with go build -gcflags=&apos;-m -l&apos; (inlining off), or with go build -gcflags=-m where a card says “inlining on”. Choose a pack and press Enter; Ctrl+F searches.</source>
        <translation>答案以 {go} 在 go build -gcflags=&apos;-m -l&apos;（关闭内联）下的输出为准；卡片上标有“开启内联”的题库则以 go build -gcflags=-m 为准。选中一个题库后按 Enter；Ctrl+F 搜索。</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="211"/>
        <source>Search packs and questions (Ctrl+F)</source>
        <translation>搜索题库和题目（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="212"/>
        <source>Search packs</source>
        <translation>搜索题库</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="213"/>
        <source>Install a pack…</source>
        <translation>安装题库…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="214"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="215"/>
        <source>Start over</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="217"/>
        <source>No pack matches your search.</source>
        <translation>没有符合搜索条件的题库。</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="230"/>
        <source>Articles, read closely</source>
        <translation>文章精读</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="230"/>
        <source>One principle at a time</source>
        <translation>逐条原理</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="231"/>
        <source>Topics</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="232"/>
        <source>Interview questions</source>
        <translation>面试题</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="232"/>
        <source>Your own and shared packs</source>
        <translation>自己的和分享的题库</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="238"/>
        <source>1 question</source>
        <translation>1 道题</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="238"/>
        <source>{n} questions</source>
        <translation>{n} 道题</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="240"/>
        <source>inlining on (-m)</source>
        <translation>开启内联（-m）</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="242"/>
        <source>{a} answered, {r} right</source>
        <translation>已答 {a} 道，答对 {r} 道</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="244"/>
        <source>in progress: question {i}</source>
        <translation>进行中：第 {i} 题</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="246"/>
        <source>last run {r}/{t}</source>
        <translation>上一轮 {r}/{t}</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="248"/>
        <source>best {r}/{t}</source>
        <translation>最好 {r}/{t}</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="250"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="250"/>
        <source>yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="278"/>
        <source>Some packs have problems:</source>
        <translation>有些题库有问题：</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="290"/>
        <source>Continue (Enter)</source>
        <translation>继续（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="290"/>
        <source>Start (Enter)</source>
        <translation>开始（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="294"/>
        <source>Built-in packs cannot be removed.</source>
        <translation>内置题库不能删除。</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../ui/modes_view.py" line="122"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="126"/>
        <source>Principle</source>
        <translation>原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="127"/>
        <source>Pack</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="128"/>
        <source>Start practice</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="129"/>
        <source>Mock interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="133"/>
        <source>Questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="134"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="135"/>
        <source>Start the interview</source>
        <translation>开始面试</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="123"/>
        <source>Questions due for review come first, then new ones from easy to hard. Quick right answers come back later, wrong ones soon; an answer after a hint counts as hard.</source>
        <translation>先复习到期的题，再按从易到难做新题。答得又快又对的题会隔久一点再出现，答错的题很快会再来；看过提示才答对的算作“困难”。</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="130"/>
        <source>A timed series of questions, as in an interview: no hints, and no feedback until the report. After each answer you name the principle behind it.</source>
        <translation>像真正的面试一样限时答题：没有提示，结束前也不给反馈，全部结果在报告里。每答完一题，说出背后的原理。</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="136"/>
        <source>Mastery per principle (last 20 answers each)</source>
        <translation>各原理掌握程度（每条取最近 20 次作答）</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="138"/>
        <source>Past interviews (Enter opens the report)</source>
        <translation>以往的模拟面试（按 Enter 打开报告）</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="139"/>
        <source>Practice and mock interviews</source>
        <translation>练习和模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="140"/>
        <source>Principle to practise</source>
        <translation>要练习的原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="140"/>
        <source>Pack to practise</source>
        <translation>要练习的题库</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="141"/>
        <source>Number of interview questions</source>
        <translation>面试题数</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="142"/>
        <source>Interview difficulty</source>
        <translation>面试难度</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="142"/>
        <source>Past interviews</source>
        <translation>以往的模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="163"/>
        <source>All principles</source>
        <translation>全部原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="167"/>
        <source>All packs</source>
        <translation>全部题库</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="170"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="171"/>
        <source>easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="171"/>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="172"/>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="188"/>
        <source>Every question {d}; easiest first.</source>
        <translation>全部为“{d}”难度，先易后难。</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="191"/>
        <source>Mixed: {e} easy, {m} medium, {h} hard (40 % / 40 % / 20 %), easiest first.</source>
        <translation>混合：简单 {e} 道、中等 {m} 道、困难 {h} 道（40% / 40% / 20%），先易后难。</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="200"/>
        <source>1 question due today</source>
        <translation>今天有 1 道题要复习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="201"/>
        <source>{n} questions due today</source>
        <translation>今天有 {n} 道题要复习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="202"/>
        <source>1 new</source>
        <translation>1 道新题</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="202"/>
        <source>{n} new</source>
        <translation>{n} 道新题</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="206"/>
        <source>next review later today</source>
        <translation>今天稍后还有复习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="206"/>
        <source>next review tomorrow</source>
        <translation>下次复习在明天</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="207"/>
        <source>next review in {n} days ({date})</source>
        <translation>下次复习在 {n} 天后（{date}）</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="222"/>
        <source>{when} · {n} questions · {pct}%</source>
        <translation>{when} · {n} 道题 · {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="227"/>
        <source>No interview yet.</source>
        <translation>还没有模拟面试。</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="137"/>
        <source>Answer a few questions to see your mastery.</source>
        <translation>答几道题后就能看到掌握程度。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_words.py" line="21"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="22"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="23"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_words.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="16"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="17"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="18"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="19"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="20"/>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_words.py" line="24"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../ui/question_editor.py" line="43"/>
        <source>save a complete program (with package main and func main) as a question</source>
        <translation>请把完整的程序（含 package main 和 func main）保存为题目</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="45"/>
        <source>the program contains &quot;&quot;&quot;, which a pack cannot hold</source>
        <translation>程序里含有 &quot;&quot;&quot;，题库无法容纳它</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="47"/>
        <source>the program does not compile: {error}</source>
        <translation>程序无法编译：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="49"/>
        <source>the analyzer cannot judge this program ({what})</source>
        <translation>分析器无法判断这个程序（{what}）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="51"/>
        <source>the program has no variable or allocation to ask about</source>
        <translation>程序里没有可以提问的变量或分配</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="53"/>
        <source>{path} cannot be read as a pack; choose another</source>
        <translation>{path} 无法作为题库读取；请另选一个</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="55"/>
        <source>{path} is graded with {pack_flags}, the question with {flags}; choose a pack of that build or a new one</source>
        <translation>{path} 按 {pack_flags} 评分，而这道题按 {flags}；请选择同一构建的题库，或新建一个</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="58"/>
        <source>the question would not be valid: {problems}</source>
        <translation>这道题无法通过校验：{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="69"/>
        <source>Save as question</source>
        <translation>保存为题目</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="76"/>
        <source>Where: stack or heap for each site</source>
        <translation>位置题：判断每个位置在栈上还是堆上</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="77"/>
        <source>Why: the principle behind one site</source>
        <translation>原理题：说出某个位置背后的原理</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="78"/>
        <source>Lines: what the compiler prints</source>
        <translation>输出题：编译器会输出什么</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="81"/>
        <source>easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="81"/>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="82"/>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="92"/>
        <source>A new pack…</source>
        <translation>新建题库…</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="97"/>
        <source>New pack title (English)</source>
        <translation>新题库标题（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="98"/>
        <source>New pack title (中文)</source>
        <translation>新题库标题（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="99"/>
        <location filename="../../ui/question_editor.py" line="117"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="100"/>
        <location filename="../../ui/question_editor.py" line="117"/>
        <source>Title (中文)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="101"/>
        <location filename="../../ui/question_editor.py" line="119"/>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="102"/>
        <location filename="../../ui/question_editor.py" line="118"/>
        <source>Prompt (English)</source>
        <translation>题干（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="103"/>
        <location filename="../../ui/question_editor.py" line="118"/>
        <source>Prompt (中文)</source>
        <translation>题干（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="104"/>
        <location filename="../../ui/question_editor.py" line="119"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="106"/>
        <location filename="../../ui/question_editor.py" line="120"/>
        <source>Save into</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="120"/>
        <source>Sites</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="151"/>
        <source>Sites to ask (tick)</source>
        <translation>要问的位置（勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="152"/>
        <source>Site to explain (select)</source>
        <translation>要解释的位置（选中）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="153"/>
        <source>Sites (every line is offered)</source>
        <translation>位置（输出题会列出所有行）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="180"/>
        <source>the title needs both an English and a Chinese text</source>
        <translation>标题需要英文和中文两种文本</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="181"/>
        <source>the Chinese title has no Chinese characters</source>
        <translation>中文标题里没有汉字</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="182"/>
        <source>the prompt needs both an English and a Chinese text</source>
        <translation>题干需要英文和中文两种文本</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="183"/>
        <source>the Chinese prompt has no Chinese characters</source>
        <translation>中文题干里没有汉字</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="184"/>
        <source>tick at least one site to ask about</source>
        <translation>至少勾选一个要提问的位置</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="185"/>
        <source>choose the site whose verdict the question explains</source>
        <translation>选择本题要解释其判定的位置</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../ui/question_view.py" line="170"/>
        <source>Stack (S)</source>
        <translation>栈 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="171"/>
        <source>Heap (H)</source>
        <translation>堆 (H)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="172"/>
        <source>Mark the selected site as stack</source>
        <translation>把选中的位置标为栈</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="173"/>
        <source>Mark the selected site as heap</source>
        <translation>把选中的位置标为堆</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="175"/>
        <source>Stack: the compiler keeps it in the function&apos;s frame (-m says &apos;does not escape&apos;, or nothing at all).</source>
        <translation>栈：编译器把它留在函数的栈帧里（-m 输出 does not escape，或者什么都不输出）。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="178"/>
        <source>Heap: the compiler&apos;s decision, what -m prints as &apos;moved to heap&apos; or &apos;escapes to heap&apos;. Where the running program differs (a small buffer on the stack, no allocation at all), the explanation says so.</source>
        <translation>堆：指编译器的结论，即 -m 输出 moved to heap 或 escapes to heap。程序实际运行时如果不一样（用了栈上的小缓冲区，或者根本没有分配），解析里会说明。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="181"/>
        <source>Sites to place</source>
        <translation>需要判断的位置</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="182"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="183"/>
        <source>Go code of the question</source>
        <translation>题目的 Go 代码</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="185"/>
        <source>Submit the answer</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="306"/>
        <source>Your answer (Ctrl+Enter hands it in; the model answer comes with the report):</source>
        <translation>你的回答（Ctrl+Enter 提交；参考答案在最后的报告里）：</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="308"/>
        <source>Your answer (optional; Ctrl+Enter reveals the model answer):</source>
        <translation>你的回答（可不填；Ctrl+Enter 显示参考答案）：</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="310"/>
        <source>Say it in your own words first…</source>
        <translation>先用自己的话说一遍……</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="311"/>
        <source>(Esc leaves the field; then N goes on.)</source>
        <translation>（按 Esc 离开输入框，再按 N 继续。）</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="313"/>
        <source>Hand in your answer (Ctrl+Enter)</source>
        <translation>提交回答（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="363"/>
        <source>Type the number of allocations</source>
        <translation>请输入堆分配次数</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="186"/>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="187"/>
        <location filename="../../ui/question_view.py" line="188"/>
        <source>Model answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="189"/>
        <source>How well did you know it?</source>
        <translation>你掌握得怎么样？</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="190"/>
        <source>1  Again</source>
        <translation>1  重来</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="190"/>
        <source>2  Hard</source>
        <translation>2  困难</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="191"/>
        <source>3  Good</source>
        <translation>3  良好</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="191"/>
        <source>4  Easy</source>
        <translation>4  简单</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="196"/>
        <source>Explanation and memory diagram</source>
        <translation>解析和内存图</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="197"/>
        <source>Flashcard</source>
        <translation>闪卡</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="251"/>
        <source>{pack} · question {i} of {n} · {diff}</source>
        <translation>{pack} · 第 {i}/{n} 题 · {diff}</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="254"/>
        <source>default build (-m, inlining on)</source>
        <translation>默认构建（-m，开启内联）</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="255"/>
        <source>graded with -m -l (inlining off)</source>
        <translation>按 -m -l 评分（关闭内联）</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="269"/>
        <source>Analysing the code…</source>
        <translation>正在分析代码…</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="296"/>
        <source>Time is up.</source>
        <translation>时间到。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="297"/>
        <source>Your answer was recorded as it stood.</source>
        <translation>已按当时的作答记录。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="298"/>
        <source>Your answer was recorded as it stood; 1 part was left unanswered.</source>
        <translation>已按当时的作答记录；有 1 处没有作答。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="299"/>
        <source>Your answer was recorded as it stood; {n} parts were left unanswered.</source>
        <translation>已按当时的作答记录；有 {n} 处没有作答。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="303"/>
        <source>Answer recorded. Feedback comes in the report at the end of the interview.</source>
        <translation>答案已记录。反馈会在面试结束后的报告里给出。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="350"/>
        <source>Hint (?)</source>
        <translation>提示 (?)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="355"/>
        <source>Finish (N)</source>
        <translation>完成（N）</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="356"/>
        <source>Finish and see the summary</source>
        <translation>完成并查看小结</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="357"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="418"/>
        <source>Tick every line that {build} prints (↑ ↓ and Space, or {keys}):</source>
        <translation>勾选 {build} 会输出的每一行（↑ ↓ 加空格，或 {keys}）：</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="355"/>
        <source>1 site left to place</source>
        <translation>还剩 1 个位置没判断</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="357"/>
        <source>{n} sites left to place</source>
        <translation>还剩 {n} 个位置没判断</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="359"/>
        <source>Choose a principle (1–{n})</source>
        <translation>选择一条原理（1–{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="361"/>
        <source>Tick the lines the compiler prints</source>
        <translation>勾选编译器会输出的行</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="403"/>
        <source>your choice</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="416"/>
        <source>go build -gcflags=-m (inlining on)</source>
        <translation>go build -gcflags=-m（开启内联）</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="420"/>
        <source>Tick every line that {build} prints (↑ ↓ and Space, or the line&apos;s number: 1–9, or two digits such as 1 2 for line 12):</source>
        <translation>勾选 {build} 会输出的每一行（↑ ↓ 加空格，或按行号：1–9；第 10 行及以后连按两个数字，比如 1 2 表示第 12 行）：</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="432"/>
        <source>printed, you ticked it</source>
        <translation>会输出，你勾选了</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="433"/>
        <source>printed, you missed it</source>
        <translation>会输出，你漏选了</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="434"/>
        <source>not printed, you ticked it</source>
        <translation>不会输出，你却勾选了</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="435"/>
        <source>not printed, you left it out</source>
        <translation>不会输出，你没有勾选</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="445"/>
        <source>Time is up. Your answer was recorded as it stood.</source>
        <translation>时间到。已按当时的作答记录。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="91"/>
        <source>again</source>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="93"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="95"/>
        <source>You rated it: {rating}.</source>
        <translation>你的自评：{rating}。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="98"/>
        <source>Next review: tomorrow.</source>
        <translation>下次复习：明天。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="99"/>
        <source>It comes back for review later today.</source>
        <translation>今天稍后会再复习这道题。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="101"/>
        <source>Next review: in {n} days.</source>
        <translation>下次复习：{n} 天后。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="446"/>
        <source>Answer recorded.</source>
        <translation>答案已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="184"/>
        <source>Submit (Enter)</source>
        <translation>提交 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="168"/>
        <source>Sites to place: choose one in the list or the code (↑ ↓), then S for stack or H for heap.</source>
        <translation>需要判断的位置：在列表或代码中选中一个（↑ ↓），再按 S（栈）或 H（堆）。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="351"/>
        <source>Hint (?) {used}/{n}</source>
        <translation>提示 (?) {used}/{n}</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="352"/>
        <source>Show a hint</source>
        <translation>显示提示</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="355"/>
        <source>Next (N)</source>
        <translation>下一题 (N)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="198"/>
        <source>Memory diagram</source>
        <translation>内存图</translation>
    </message>
    <message>
        <location filename="../../ui/answer_panels.py" line="315"/>
        <source>Show the model answer (Ctrl+Enter)</source>
        <translation>显示参考答案（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="94"/>
        <location filename="../../ui/question_view.py" line="250"/>
        <source>easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="250"/>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="92"/>
        <location filename="../../ui/question_view.py" line="250"/>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="276"/>
        <source>This question cannot be graded:</source>
        <translation>这道题无法评分：</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="375"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="375"/>
        <source>wrong: it is on the {where}</source>
        <translation>错误：它在{where}上</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="393"/>
        <source>Which principle explains the verdict? (↑ ↓ or {keys})</source>
        <translation>哪条原理能解释这个结论？（↑ ↓ 或 {keys}）</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="401"/>
        <source>the answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="194"/>
        <location filename="../../ui/question_view.py" line="195"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../ui/quiz_page.py" line="100"/>
        <source>No quiz running</source>
        <translation>当前没有进行中的答题</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_page.py" line="101"/>
        <source>Choose a pack to start one: each question shows a Go program and asks where its variables and allocations live.</source>
        <translation>选一个题库开始吧：每道题给出一段 Go 程序，问你其中的变量和分配在栈上还是堆上。</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_page.py" line="103"/>
        <source>Choose a pack (Ctrl+1)</source>
        <translation>选择题库（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_page.py" line="163"/>
        <location filename="../../ui/quiz_page.py" line="177"/>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/report_view.py" line="49"/>
        <source>Export as HTML…</source>
        <translation>导出为 HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="50"/>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="51"/>
        <source>Interview report</source>
        <translation>面试报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="71"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="72"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="78"/>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="80"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="80"/>
        <source>The report was written to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>SandboxView</name>
    <message>
        <location filename="../../ui/sandbox.py" line="183"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="184"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="185"/>
        <source>Compare with the real compiler</source>
        <translation>与真实编译器对比</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="186"/>
        <source>Save as question</source>
        <translation>保存为题目</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="187"/>
        <source>Inlining on (default build)</source>
        <translation>开启内联（默认构建）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="189"/>
        <source>Off: go build -gcflags=&apos;-m -l&apos;, what articles show. On: go build -gcflags=-m, the everyday build, where small functions are inlined into their callers.</source>
        <translation>关闭：go build -gcflags=&apos;-m -l&apos;，也就是文章里展示的结果。开启：go build -gcflags=-m，即日常的构建，小函数会被内联进调用方。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="191"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="192"/>
        <source>Go program</source>
        <translation>Go 程序</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="193"/>
        <location filename="../../ui/sandbox.py" line="195"/>
        <source>Compiler output</source>
        <translation>编译器输出</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="194"/>
        <source>Compiler output and memory diagram</source>
        <translation>编译器输出和内存图</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="196"/>
        <source>Memory diagram</source>
        <translation>内存图</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="250"/>
        <location filename="../../ui/sandbox.py" line="265"/>
        <location filename="../../ui/sandbox.py" line="291"/>
        <location filename="../../ui/sandbox.py" line="296"/>
        <source>Analysing…</source>
        <translation>分析中…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="251"/>
        <location filename="../../ui/sandbox.py" line="292"/>
        <source>Analysing the program…</source>
        <translation>正在分析程序…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="266"/>
        <source>Analysing… {n} s</source>
        <translation>正在分析… {n} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="312"/>
        <source>No diagram: the code does not compile.</source>
        <translation>没有内存图：代码无法编译。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="313"/>
        <source>No diagram: some constructs are not supported.</source>
        <translation>没有内存图：有些写法还不支持。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="314"/>
        <source>No diagram: the program is longer than {n} lines; the diagram draws short programs.</source>
        <translation>没有内存图：程序超过 {n} 行；内存图只画较短的程序。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="317"/>
        <source>No diagram: there is nothing to draw.</source>
        <translation>没有内存图：没有可画的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="318"/>
        <source>No diagram for this program.</source>
        <translation>这段程序没有内存图。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="335"/>
        <source>{name}: decided otherwise in the other build (see Compiler output)</source>
        <translation>{name}：另一种构建的判断不同（见“编译器输出”）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="349"/>
        <source>Your fragment was wrapped in package main and func main for analysis.</source>
        <translation>你的代码片段已被包进 package main 和 func main 后再分析。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="352"/>
        <source>Unused variables and imports are shown as warnings while you write a fragment: go build refuses them.</source>
        <translation>编写代码片段时，未使用的变量和导入只作为警告显示：go build 会拒绝它们。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="355"/>
        <source>The code does not compile yet</source>
        <translation>代码还无法编译</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="357"/>
        <source>Not judged: some constructs are not supported</source>
        <translation>未判断：有些写法还不支持</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="360"/>
        <source>1 heap site (compiler)</source>
        <translation>1 处堆分配（编译器）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="361"/>
        <source>{n} heap sites (compiler)</source>
        <translation>{n} 处堆分配（编译器）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="363"/>
        <source>Allocations the compiler puts on the heap (what -m reports as escaping or moved to heap). The memory diagram draws what the running program holds, so it can show heap boxes the compiler does not report as sites.</source>
        <translation>编译器放到堆上的分配（即 -m 报告为 escapes to heap 或 moved to heap 的位置）。内存图画的是运行中的程序实际持有的内容，因此其中的堆方框可能多于编译器报告的分配位置。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="377"/>
        <source>What go build says</source>
        <translation>go build 的报错</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="382"/>
        <source>(nothing: the code does not compile; see the list above)</source>
        <translation>（无：代码无法编译，见上方列表）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="387"/>
        <source>(not shown: what depends on {what}; the analyzer does not judge it, so it prints nothing for it rather than guess)</source>
        <translation>（未显示：依赖于 {what} 的部分；分析器不判断它，宁可不输出也不去猜）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="391"/>
        <source>(no lines: nothing escapes and nothing is moved to the heap)</source>
        <translation>（没有输出：没有东西逃逸，也没有东西被移到堆上）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="394"/>
        <source>A constant boxed in an interface is reported as escaping (and counted above, as the compiler reports it), but needs no allocation at run time: Go uses a read-only copy.</source>
        <translation>装箱进接口的常量被报告为逃逸（上面的计数按编译器的报告计入了它），但运行时不需要分配：Go 使用一份只读副本。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="397"/>
        <source>go build -gcflags=-m (inlining on)</source>
        <translation>go build -gcflags=-m（开启内联）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="398"/>
        <source>go build -gcflags=&apos;-m -l&apos;</source>
        <translation>go build -gcflags=&apos;-m -l&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="401"/>
        <source>Where a default build differs</source>
        <translation>默认构建的不同之处</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="402"/>
        <source>Where -l (inlining off) differs</source>
        <translation>关闭内联（-l）时的不同之处</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="415"/>
        <source>The program has more than {n} lines; the sandbox does not analyse programs this long. Run quizapp analyze on the file instead.</source>
        <translation>程序超过 {n} 行，沙盒不分析这么长的程序。请改用 quizapp analyze 分析这个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="418"/>
        <source>The analysis was stopped: it ran for more than {n} s. Try a shorter program, or quizapp analyze on the file.</source>
        <translation>分析已停止：运行超过了 {n} 秒。请换一段更短的程序，或者用 quizapp analyze 分析这个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="421"/>
        <source>The analysis was stopped: it needed more memory than it may use. Try a shorter program.</source>
        <translation>分析已停止：需要的内存超过了允许的上限。请换一段更短的程序。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="423"/>
        <source>The analysis failed: {detail}</source>
        <translation>分析失败：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="425"/>
        <source>Not analysed</source>
        <translation>未分析</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="427"/>
        <source>No diagram: the program was not analysed.</source>
        <translation>没有内存图：程序没有被分析。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="436"/>
        <source>({f}, inlined)</source>
        <translation>（{f}，已内联）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="441"/>
        <source>methods of generic types</source>
        <translation>泛型类型的方法</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="442"/>
        <source>generic types</source>
        <translation>泛型类型</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="443"/>
        <source>interface method expressions</source>
        <translation>接口方法表达式</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="444"/>
        <source>methods of type parameters</source>
        <translation>类型参数的方法</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="445"/>
        <source>conversions to generic types</source>
        <translation>到泛型类型的转换</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="447"/>
        <source>package {0}: no data for it</source>
        <translation>包 {0}：没有它的数据</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="448"/>
        <source>statement {0}</source>
        <translation>语句 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="449"/>
        <source>expression {0}</source>
        <translation>表达式 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="450"/>
        <source>built-in {0}</source>
        <translation>内建函数 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="451"/>
        <source>type syntax {0}</source>
        <translation>类型写法 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="455"/>
        <source>unsupported: {what}</source>
        <translation>不支持：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="484"/>
        <source>Open a Go file</source>
        <translation>打开 Go 文件</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="485"/>
        <source>Go files (*.go);;All files (*)</source>
        <translation>Go 文件 (*.go);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="493"/>
        <location filename="../../ui/sandbox.py" line="496"/>
        <location filename="../../ui/sandbox.py" line="500"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="493"/>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="496"/>
        <source>{path}: the file is larger than 4 MB.</source>
        <translation>{path}：文件大于 4 MB。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="507"/>
        <source>Save the Go file</source>
        <translation>保存 Go 文件</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="508"/>
        <source>Go files (*.go)</source>
        <translation>Go 文件 (*.go)</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="514"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="45"/>
        <location filename="../../ui/settings_view.py" line="51"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="46"/>
        <location filename="../../ui/settings_view.py" line="52"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="47"/>
        <location filename="../../ui/settings_view.py" line="53"/>
        <source>Code font size</source>
        <translation>代码字号</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="48"/>
        <source>Changes apply at once. Press F1 for every keyboard shortcut.</source>
        <translation>修改立即生效。按 F1 查看所有快捷键。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="49"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="49"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="49"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py" line="13"/>
        <location filename="../../ui/help.py" line="17"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="18"/>
        <source>Keys act on the part of the window that has the keyboard focus (Tab moves it; the focused part has a blue outline).</source>
        <translation>按键作用于当前拥有键盘焦点的区域（Tab 切换焦点；有焦点的区域带蓝色边框）。</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../ui/stats_view.py" line="258"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="259"/>
        <source>Reset progress…</source>
        <translation>重置进度…</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="260"/>
        <location filename="../../ui/stats_view.py" line="261"/>
        <source>Charts of your answers</source>
        <translation>作答统计图</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="274"/>
        <source>No answers yet</source>
        <translation>还没有作答记录</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="275"/>
        <source>1 answer, {pct}% right</source>
        <translation>1 次作答，正确率 {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="276"/>
        <source>{n} answers, {pct}% right</source>
        <translation>共 {n} 次作答，正确率 {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="280"/>
        <source>Export progress</source>
        <translation>导出学习进度</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="280"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="286"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="288"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="288"/>
        <source>1 answer written to {path}.</source>
        <translation>已把 1 次作答写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="289"/>
        <source>{n} answers written to {path}.</source>
        <translation>{n} 条作答记录已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="292"/>
        <source>Reset progress?</source>
        <translation>重置进度？</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="293"/>
        <source>Delete every recorded answer and review schedule? This cannot be undone.</source>
        <translation>删除所有作答记录和复习计划？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/summary_view.py" line="84"/>
        <source>Per principle</source>
        <translation>按原理</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="85"/>
        <source>Missed</source>
        <translation>答错的题</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="86"/>
        <source>Next steps</source>
        <translation>接下来</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="87"/>
        <source>Missed questions</source>
        <translation>答错的题</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="88"/>
        <source>Summary of the run</source>
        <translation>本轮小结</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="107"/>
        <source>Review done: {title}</source>
        <translation>复习完成：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="108"/>
        <source>Done: {title}</source>
        <translation>完成：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="110"/>
        <source>{right} of {n} right</source>
        <translation>{n} 题答对 {right} 题</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="111"/>
        <source>Nothing answered</source>
        <translation>一道题也没答</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="112"/>
        <source>{pct}% right</source>
        <translation>正确率 {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="113"/>
        <source>time {t}</source>
        <translation>用时 {t}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="115"/>
        <source>1 hint used</source>
        <translation>用了 1 个提示</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="115"/>
        <source>{n} hints used</source>
        <translation>用了 {n} 个提示</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="117"/>
        <source>1 question skipped</source>
        <translation>跳过 1 道题</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="118"/>
        <source>{n} questions skipped</source>
        <translation>跳过 {n} 道题</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="126"/>
        <source>(skipped)</source>
        <translation>（已跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="128"/>
        <source>Nothing: every answer was right.</source>
        <translation>没有：全部答对。</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="141"/>
        <source>Review the {n} missed (R)</source>
        <translation>复习答错的 {n} 道题（R）</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="144"/>
        <source>Answer the {n} skipped</source>
        <translation>回答跳过的 {n} 道题</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="146"/>
        <source>Practise with spaced repetition</source>
        <translation>用间隔重复来练习</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="148"/>
        <source>Next pack: {title}</source>
        <translation>下一个题库：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="151"/>
        <source>Start this pack over</source>
        <translation>从头再做一遍这个题库</translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="152"/>
        <source>Back to the packs (Esc)</source>
        <translation>回到题库（Esc）</translation>
    </message>
</context>
</TS>
