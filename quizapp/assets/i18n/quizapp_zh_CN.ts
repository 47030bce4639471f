<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/stats_view.py" line="65"/>
        <source>Accuracy per principle (answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="76"/>
        <source>No answers yet</source>
        <translation>还没有作答记录</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="100"/>
        <source>Answers per day (last 30 days)</source>
        <translation>每日作答数（最近 30 天）</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="113"/>
        <location filename="../../ui/stats_view.py" line="194"/>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="135"/>
        <source>Streak: {n} days</source>
        <translation>连续学习：{n} 天</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="135"/>
        <source>Streak: 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="163"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="163"/>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="172"/>
        <source>Time per question</source>
        <translation>每题用时</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="194"/>
        <source>time taken per answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <location filename="../../ui/codeview.py" line="111"/>
        <source>Go code</source>
        <translation>Go 代码</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare.py" line="49"/>
        <source>Compare with the real compiler</source>
        <translation>与真实编译器对比</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="53"/>
        <source>Building with the Go toolchain…</source>
        <translation>正在用 Go 工具链编译…</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="59"/>
        <source>The analyzer&apos;s lines</source>
        <translation>分析器的输出</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="60"/>
        <source>The compiler&apos;s lines</source>
        <translation>编译器的输出</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="64"/>
        <location filename="../../ui/compare.py" line="98"/>
        <source>This app (built-in analyzer)</source>
        <translation>本应用（内置分析器）</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="67"/>
        <source>No Go toolchain was found.</source>
        <translation>没有找到 Go 工具链。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="85"/>
        <source>The build could not run: {error}</source>
        <translation>无法编译：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="91"/>
        <source>Warning: this toolchain is {v}; the app&apos;s answers are those of {go}.</source>
        <translation>警告：这个工具链是 {v}，而本应用的答案以 {go} 为准。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="94"/>
        <source>The compiler rejected the program.</source>
        <translation>编译器拒绝了这个程序。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="95"/>
        <source>The outputs are identical.</source>
        <translation>两边的输出完全一致。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="96"/>
        <source>{n} lines differ (marked ≠).</source>
        <translation>有 {n} 行不同（标记为 ≠）。</translation>
    </message>
    <message>
        <location filename="../../ui/compare.py" line="99"/>
        <source>go build -gcflags=&apos;-m -l&apos; ({v})</source>
        <translation>go build -gcflags=&apos;-m -l&apos;（{v}）</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <location filename="../../diagram/render.py" line="54"/>
        <source> (if it stayed on the stack)</source>
        <translation>（如果它留在栈上）</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="56"/>
        <source>enter {f}</source>
        <translation>进入 {f}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="57"/>
        <source>call {f}</source>
        <translation>调用 {f}</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="58"/>
        <source>return from {f}</source>
        <translation>从 {f} 返回</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="59"/>
        <source>{f} returns</source>
        <translation>{f} 即将返回</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="60"/>
        <source>end of {f}</source>
        <translation>{f} 结束</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="70"/>
        <source>If {names} stayed on the stack, it would live in {func}&apos;s popped frame: the pointer dangles, and {callee}&apos;s frame now overwrites that memory.</source>
        <translation>如果 {names} 留在栈上，它就在 {func} 已弹出的栈帧里：指针悬空，而 {callee} 的栈帧正在覆盖这块内存。</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="74"/>
        <source>If {names} stayed on the stack, the pointer would lead into {func}&apos;s frame, which is no longer valid.</source>
        <translation>如果 {names} 留在栈上，指针会指向 {func} 已失效的栈帧。</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="78"/>
        <source>{f}&apos;s frame is no longer valid: the stack pointer moved back up, nothing was cleared.</source>
        <translation>{f} 的栈帧已失效：栈指针退回去了，内存并没有被清理。</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="106"/>
        <source>Stack</source>
        <translation>栈</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="107"/>
        <source>Heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="129"/>
        <source>no longer valid</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="131"/>
        <source>reuses that memory</source>
        <translation>复用了这块内存</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="140"/>
        <source>moved to heap</source>
        <translation>已移到堆上</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="146"/>
        <source>SP</source>
        <translation>SP（栈指针）</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="178"/>
        <source>pointer into the stack (sharing down)</source>
        <translation>指向栈的指针（向下共享）</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="179"/>
        <source>pointer to the heap (sharing up)</source>
        <translation>指向堆的指针（向上共享）</translation>
    </message>
    <message>
        <location filename="../../diagram/render.py" line="180"/>
        <source>dangling pointer</source>
        <translation>悬空指针</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="106"/>
        <source>What if it stayed on the stack?</source>
        <translation>如果它留在栈上会怎样？</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="107"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="108"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="109"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="140"/>
        <source>Step {i} of {n}: {title}</source>
        <translation>第 {i}/{n} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="145"/>
        <source>Simplified: </source>
        <translation>简化说明：</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="160"/>
        <location filename="../../ui/diagram_view.py" line="166"/>
        <source>Export the diagram</source>
        <translation>导出内存图</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="161"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../ui/feedback.py" line="48"/>
        <source>heap</source>
        <translation type="unfinished">堆</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="48"/>
        <source>stack</source>
        <translation type="unfinished">栈</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="68"/>
        <source>It comes back for review later today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="70"/>
        <source>Next review: tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="71"/>
        <source>Next review: in {n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="85"/>
        <source>{right} of {n} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="95"/>
        <source>You used 1 hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="95"/>
        <source>You used {n} hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="121"/>
        <source>You said {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="121"/>
        <source>Not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="174"/>
        <source>What go build -gcflags=&apos;-m -l&apos; prints</source>
        <translation type="unfinished">go build -gcflags=&apos;-m -l&apos; 的输出</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="175"/>
        <source>(nothing)</source>
        <translation type="unfinished">（无）</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <location filename="../../ui/modes_view.py" line="268"/>
        <source>Explain your answer — the principle:</source>
        <translation>说明你的答案 —— 依据的原理：</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="269"/>
        <source>See the report (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="269"/>
        <source>Next question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="270"/>
        <source>The principle behind your answer</source>
        <translation>你的答案依据的原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="280"/>
        <source>Question {i} of {n}</source>
        <translation>第 {i}/{n} 题</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="293"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="313"/>
        <source>Time left {m}:{s}</source>
        <translation>剩余时间 {m}:{s}</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <location filename="../../ui/keymap.py" line="82"/>
        <source>Show Packs, Quiz, Practice, Statistics, Sandbox, Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="83"/>
        <source>Install a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="84"/>
        <source>Open a Go file in the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="85"/>
        <source>Larger code font</source>
        <translation type="unfinished">放大代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="86"/>
        <source>Smaller code font</source>
        <translation type="unfinished">缩小代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="87"/>
        <source>Show these keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="88"/>
        <source>Quit</source>
        <translation type="unfinished">退出</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="89"/>
        <source>Start or continue the selected pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="90"/>
        <source>Search the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="91"/>
        <source>From the search field: back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="92"/>
        <source>Remove the selected pack (your own packs only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="93"/>
        <source>Submit the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="94"/>
        <source>Next question (after the last: the summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="95"/>
        <source>Show a hint (counted; none in interviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="96"/>
        <source>Next site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="97"/>
        <source>Previous site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="98"/>
        <source>The selected site lives on the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="99"/>
        <source>The selected site lives on the heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="100"/>
        <source>Next option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="101"/>
        <source>Previous option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="102"/>
        <source>Choose option n (why), tick or untick line n (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="103"/>
        <source>Tick or untick the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="104"/>
        <source>Reveal the model answer (other keys type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="105"/>
        <source>Leave the text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="106"/>
        <source>Reveal the model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="107"/>
        <source>Rate yourself: 1 again, 2 hard, 3 good, 4 easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="108"/>
        <source>Confirm the principle and go on (↑ ↓ choose it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="109"/>
        <source>Do the selected next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="110"/>
        <source>Review the missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="111"/>
        <source>Back to the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="116"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="116"/>
        <source>Pack list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="117"/>
        <source>A question (outside text fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="117"/>
        <source>Code and sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="118"/>
        <source>Options (why and lines questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="118"/>
        <source>Flashcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="119"/>
        <source>Text fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="119"/>
        <source>Mock interview</source>
        <translation type="unfinished">模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="120"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Stack or Heap — learn where Go puts memory</source>
        <translation>栈还是堆 —— 学习 Go 把内存放在哪里</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Packs</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Quiz</source>
        <translation>答题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Install a pack…</source>
        <translation>安装题库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Open a Go file in the sandbox…</source>
        <translation>在沙盒中打开 Go 文件…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Larger code font</source>
        <translation>放大代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Smaller code font</source>
        <translation>缩小代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>About Stack or Heap</source>
        <translation>关于“栈还是堆”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Introduction</source>
        <translation>入门介绍</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Nothing to practise right now: every question is scheduled for later (next: {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>The question was saved in {path}; it is in the pack list now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Each question shows a Go program. Decide for each marked variable or allocation whether it lives on the stack or on the heap: choose it (↑ ↓), press S or H, then Enter. The app explains every answer with the compiler&apos;s own reasoning.

The Sandbox analyses any Go code you type. F1 lists every keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Mock interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>No questions match.</source>
        <translation>没有符合条件的题目。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Interview report</source>
        <translation type="unfinished">面试报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>This report cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Install a question pack</source>
        <translation>安装题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Question packs (*.toml)</source>
        <translation>题库文件 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Replace the pack?</source>
        <translation>替换题库？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>A pack with this id is installed. Replace it? Your progress is kept.</source>
        <translation>已安装同一 id 的题库。要替换它吗？你的学习进度会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Cannot install the pack</source>
        <translation>无法安装题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Remove the pack?</source>
        <translation>删除题库？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Remove “{title}”? Your progress is kept.</source>
        <translation>删除“{title}”？你的学习进度会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Cannot remove the pack</source>
        <translation>无法删除题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Cannot save the question</source>
        <translation>无法保存题目</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Question saved</source>
        <translation>题目已保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&lt;h2&gt;Stack or Heap {version}&lt;/h2&gt;&lt;p&gt;Learn where Go puts memory. Answers reproduce {go} with &lt;code&gt;go build -gcflags=&apos;-m -l&apos;&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Third-party software: Qt and PySide6 (LGPL v3), Pygments (BSD), tree-sitter and tree-sitter-go (MIT), fsrs (MIT), platformdirs (MIT). Chinese text is shown with the system&apos;s CJK font (Noto Sans CJK, SIL Open Font License 1.1, on Debian).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;栈还是堆 {version}&lt;/h2&gt;&lt;p&gt;学习 Go 把内存放在哪里。答案与 {go} 使用 &lt;code&gt;go build -gcflags=&apos;-m -l&apos;&lt;/code&gt; 的输出一致。&lt;/p&gt;&lt;p&gt;许可证：MIT。&lt;/p&gt;&lt;p&gt;第三方软件：Qt 与 PySide6（LGPL v3）、Pygments（BSD）、tree-sitter 与 tree-sitter-go（MIT）、fsrs（MIT）、platformdirs（MIT）。中文使用系统的 CJK 字体显示（Debian 上为 Noto Sans CJK，SIL Open Font License 1.1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Welcome to Stack or Heap</source>
        <translation>欢迎使用“栈还是堆”</translation>
    </message>
</context>
<context>
    <name>PackListView</name>
    <message>
        <location filename="../../ui/pack_cards.py" line="199"/>
        <location filename="../../ui/pack_cards.py" line="207"/>
        <source>Question packs</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="200"/>
        <source>Answers are what {go} prints with go build -gcflags=&apos;-m -l&apos; (inlining off). Choose a pack and press Enter; Ctrl+F searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="202"/>
        <source>Search packs and questions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="203"/>
        <source>Search packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="204"/>
        <source>Install a pack…</source>
        <translation>安装题库…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="205"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="206"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="208"/>
        <source>No pack matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="221"/>
        <source>Articles, read closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="221"/>
        <source>One principle at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="222"/>
        <source>Interview questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="222"/>
        <source>Your own and shared packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="228"/>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="228"/>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="230"/>
        <source>{a} answered, {r} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="232"/>
        <source>in progress: question {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="234"/>
        <source>last run {r}/{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="236"/>
        <source>best {r}/{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="238"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="238"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="278"/>
        <source>Continue (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="278"/>
        <source>Start (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="282"/>
        <source>Built-in packs cannot be removed.</source>
        <translation type="unfinished">内置题库不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/pack_cards.py" line="266"/>
        <source>Some packs could not be loaded:</source>
        <translation>有些题库无法加载：</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../ui/modes_view.py" line="120"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="124"/>
        <source>Principle</source>
        <translation>原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="125"/>
        <source>Pack</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="126"/>
        <source>Start practice</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="127"/>
        <source>Mock interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="131"/>
        <source>Questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="132"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="133"/>
        <source>Start the interview</source>
        <translation>开始面试</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="121"/>
        <source>Questions due for review come first, then new ones from easy to hard. Quick right answers come back later, wrong ones soon; an answer after a hint counts as hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="128"/>
        <source>A timed series of questions, as in an interview: no hints, and no feedback until the report. After each answer you name the principle behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="134"/>
        <source>Mastery per principle (last 20 answers each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="136"/>
        <source>Past interviews (Enter opens the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="137"/>
        <source>Principle to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="137"/>
        <source>Pack to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="138"/>
        <source>Number of interview questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="139"/>
        <source>Interview difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="139"/>
        <source>Past interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="160"/>
        <source>All principles</source>
        <translation>全部原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="164"/>
        <source>All packs</source>
        <translation>全部题库</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="167"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="168"/>
        <source>easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="168"/>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="169"/>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="180"/>
        <source>Every question {d}; easiest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="183"/>
        <source>Mixed: {e} easy, {m} medium, {h} hard (40 % / 40 % / 20 %), easiest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="192"/>
        <source>1 question due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="193"/>
        <source>{n} questions due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="194"/>
        <source>1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="194"/>
        <source>{n} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="198"/>
        <source>next review later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="198"/>
        <source>next review tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="199"/>
        <source>next review in {n} days ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="214"/>
        <source>{when} · {n} questions · {pct}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="219"/>
        <source>No interview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="135"/>
        <source>Answer a few questions to see your mastery.</source>
        <translation>答几道题后就能看到掌握程度。</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../ui/question_editor.py" line="36"/>
        <source>Save as question</source>
        <translation type="unfinished">保存为题目</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="43"/>
        <source>Where: stack or heap for each site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="44"/>
        <source>Why: the principle behind one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="45"/>
        <source>Lines: what the compiler prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="48"/>
        <source>easy</source>
        <translation type="unfinished">简单</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="48"/>
        <source>medium</source>
        <translation type="unfinished">中等</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="49"/>
        <source>hard</source>
        <translation type="unfinished">困难</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="59"/>
        <source>A new pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="64"/>
        <source>New pack title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="65"/>
        <source>New pack title (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="66"/>
        <location filename="../../ui/question_editor.py" line="84"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="67"/>
        <location filename="../../ui/question_editor.py" line="84"/>
        <source>Title (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="68"/>
        <location filename="../../ui/question_editor.py" line="86"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="69"/>
        <location filename="../../ui/question_editor.py" line="85"/>
        <source>Prompt (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="70"/>
        <location filename="../../ui/question_editor.py" line="85"/>
        <source>Prompt (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="71"/>
        <location filename="../../ui/question_editor.py" line="86"/>
        <source>Difficulty</source>
        <translation type="unfinished">难度</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="73"/>
        <location filename="../../ui/question_editor.py" line="87"/>
        <source>Save into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="87"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="118"/>
        <source>Sites to ask (tick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="119"/>
        <source>Site to explain (select)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="120"/>
        <source>Sites (every line is offered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../ui/question_view.py" line="151"/>
        <source>Stack (S)</source>
        <translation>栈 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="152"/>
        <source>Heap (H)</source>
        <translation>堆 (H)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="153"/>
        <source>Mark the selected site as stack</source>
        <translation>把选中的位置标为栈</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="154"/>
        <source>Mark the selected site as heap</source>
        <translation>把选中的位置标为堆</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="155"/>
        <source>Sites to place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="156"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="157"/>
        <source>Go code of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="159"/>
        <source>Submit the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="160"/>
        <source>Your answer (optional; Ctrl+Enter reveals the model answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="161"/>
        <source>Say it in your own words first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="162"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="163"/>
        <source>Show the model answer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="164"/>
        <location filename="../../ui/question_view.py" line="165"/>
        <source>Model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="166"/>
        <source>How well did you know it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="167"/>
        <source>1  Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="167"/>
        <source>2  Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="168"/>
        <source>3  Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="168"/>
        <source>4  Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="208"/>
        <source>{pack} · question {i} of {n} · {diff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="234"/>
        <source>Answer recorded. Feedback comes in the report at the end of the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="244"/>
        <source>Hint (?)</source>
        <translation>提示 (?)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="249"/>
        <source>Finish (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="250"/>
        <source>Finish and see the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="251"/>
        <source>Next question</source>
        <translation type="unfinished">下一题</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="260"/>
        <source>1 site left to place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="262"/>
        <source>{n} sites left to place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="264"/>
        <source>Choose a principle (1–{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="266"/>
        <source>Tick the lines the compiler prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="301"/>
        <source>Which principle explains the verdict? (↑ ↓ or 1–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="311"/>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="323"/>
        <source>Tick every line that go build -gcflags=&apos;-m -l&apos; prints (↑ ↓ and Space, or 1–9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="334"/>
        <source>printed, you ticked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="335"/>
        <source>printed, you missed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="336"/>
        <source>not printed, you ticked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="337"/>
        <source>not printed, you left it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="348"/>
        <source>again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="349"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="350"/>
        <source>You rated it: {rating}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="353"/>
        <source>Next review: tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="354"/>
        <source>It comes back for review later today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="355"/>
        <source>Next review: in {n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="358"/>
        <source>Answer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="158"/>
        <source>Submit (Enter)</source>
        <translation>提交 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="149"/>
        <source>Sites to place: choose one in the list or the code (↑ ↓), then S for stack or H for heap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="245"/>
        <source>Hint (?) {used}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="246"/>
        <source>Show a hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="249"/>
        <source>Next (N)</source>
        <translation>下一题 (N)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="173"/>
        <source>Memory diagram</source>
        <translation>内存图</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="207"/>
        <location filename="../../ui/question_view.py" line="349"/>
        <source>easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="207"/>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="207"/>
        <location filename="../../ui/question_view.py" line="348"/>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="220"/>
        <source>This question cannot be graded:</source>
        <translation>这道题无法评分：</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="284"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="284"/>
        <source>wrong: it is on the {where}</source>
        <translation>错误：它在{where}上</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="309"/>
        <source>the answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="171"/>
        <location filename="../../ui/question_view.py" line="172"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../ui/quiz_page.py" line="89"/>
        <source>No quiz running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quiz_page.py" line="90"/>
        <source>Choose a pack to start one: each question shows a Go program and asks where its variables and allocations live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quiz_page.py" line="92"/>
        <source>Choose a pack (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/report_view.py" line="48"/>
        <source>Export as HTML…</source>
        <translation type="unfinished">导出为 HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="49"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="50"/>
        <source>Interview report</source>
        <translation type="unfinished">面试报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="70"/>
        <source>Export the report</source>
        <translation type="unfinished">导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="71"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished">HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.py" line="77"/>
        <source>Cannot export the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxView</name>
    <message>
        <location filename="../../ui/sandbox.py" line="198"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="199"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="200"/>
        <source>Compare with the real compiler</source>
        <translation>与真实编译器对比</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="201"/>
        <source>Save as question</source>
        <translation>保存为题目</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="202"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="203"/>
        <source>Go program</source>
        <translation>Go 程序</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="204"/>
        <source>Compiler output</source>
        <translation>编译器输出</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="205"/>
        <source>Memory diagram</source>
        <translation>内存图</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="237"/>
        <source>Analysing…</source>
        <translation>分析中…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="245"/>
        <source>No diagram: the code does not compile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="246"/>
        <source>No diagram: some constructs are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="247"/>
        <source>No diagram for this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="259"/>
        <source>Your fragment was wrapped in package main and func main for analysis.</source>
        <translation>你的代码片段已被包进 package main 和 func main 后再分析。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="263"/>
        <source>The code does not compile yet</source>
        <translation>代码还无法编译</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="265"/>
        <source>Not judged: some constructs are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="268"/>
        <source>1 heap allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="272"/>
        <source>(nothing: the code does not compile; see the list above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="277"/>
        <source>(not shown: what depends on {what}; the analyzer does not judge it, so it prints nothing for it rather than guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="281"/>
        <source>(no lines: nothing escapes and nothing is moved to the heap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="284"/>
        <source>A constant boxed in an interface is reported as escaping, but needs no allocation at run time (Go uses a read-only copy): not counted above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="292"/>
        <source>methods of generic types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="293"/>
        <source>generic types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="294"/>
        <source>interface method expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="295"/>
        <source>methods of type parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="296"/>
        <source>conversions to generic types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="298"/>
        <source>package {0}: no data for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="299"/>
        <source>statement {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="300"/>
        <source>expression {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="301"/>
        <source>built-in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="302"/>
        <source>type syntax {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="306"/>
        <source>unsupported: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="269"/>
        <source>{n} heap allocations</source>
        <translation>{n} 处堆分配</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="333"/>
        <source>Open a Go file</source>
        <translation>打开 Go 文件</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="334"/>
        <source>Go files (*.go);;All files (*)</source>
        <translation>Go 文件 (*.go);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="342"/>
        <source>the file is larger than 4 MB</source>
        <translation>文件超过 4 MB</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="345"/>
        <location filename="../../ui/sandbox.py" line="348"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="345"/>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="355"/>
        <source>Save the Go file</source>
        <translation>保存 Go 文件</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="357"/>
        <source>Go files (*.go)</source>
        <translation>Go 文件 (*.go)</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="363"/>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="18"/>
        <source>Keys act on the part of the window that has the keyboard focus (Tab moves it; the focused part has a blue outline).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../ui/stats_view.py" line="223"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="224"/>
        <source>Reset progress…</source>
        <translation>重置进度…</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="225"/>
        <source>Charts of your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="238"/>
        <source>No answers yet</source>
        <translation type="unfinished">还没有作答记录</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="239"/>
        <source>1 answer, {pct}% right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="240"/>
        <source>{n} answers, {pct}% right</source>
        <translation>共 {n} 次作答，正确率 {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="244"/>
        <source>Export progress</source>
        <translation>导出学习进度</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="245"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="250"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="252"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="252"/>
        <source>1 answer written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="253"/>
        <source>{n} answers written to {path}.</source>
        <translation>{n} 条作答记录已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="256"/>
        <source>Reset progress?</source>
        <translation>重置进度？</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="257"/>
        <source>Delete every recorded answer and review schedule? This cannot be undone.</source>
        <translation>删除所有作答记录和复习计划？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/summary_view.py" line="87"/>
        <source>Per principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="88"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="89"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="90"/>
        <source>Missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="107"/>
        <source>Done: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="109"/>
        <source>{right} of {n} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="110"/>
        <source>Nothing answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="111"/>
        <source>{pct}% right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="112"/>
        <source>time {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="114"/>
        <source>1 hint used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="114"/>
        <source>{n} hints used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="116"/>
        <source>1 question skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="117"/>
        <source>{n} questions skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="125"/>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="127"/>
        <source>Nothing: every answer was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="140"/>
        <source>Review the {n} missed (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="143"/>
        <source>Answer the {n} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="145"/>
        <source>Practise with spaced repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="147"/>
        <source>Next pack: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="150"/>
        <source>Start this pack over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_view.py" line="151"/>
        <source>Back to the packs (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
