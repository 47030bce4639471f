<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/stats_view.py" line="60"/>
        <source>Accuracy per principle</source>
        <translation>各原理的正确率</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="89"/>
        <source>No answers yet</source>
        <translation>还没有作答记录</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="92"/>
        <source>Answers per day (last 30 days)</source>
        <translation>每日作答数（最近 30 天）</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="109"/>
        <source>max {n} a day</source>
        <translation>单日最多 {n} 题</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="118"/>
        <source>Streak: {n} days</source>
        <translation>连续学习：{n} 天</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="132"/>
        <source>Time per question</source>
        <translation>每题用时</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <location filename="../../ui/codeview.py" line="105"/>
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
        <location filename="../../ui/diagram_view.py" line="105"/>
        <source>What if it stayed on the stack?</source>
        <translation>如果它留在栈上会怎样？</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="106"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="107"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="108"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="133"/>
        <source>Step {i} of {n}: {title}</source>
        <translation>第 {i}/{n} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="138"/>
        <source>Simplified: </source>
        <translation>简化说明：</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="153"/>
        <location filename="../../ui/diagram_view.py" line="159"/>
        <source>Export the diagram</source>
        <translation>导出内存图</translation>
    </message>
    <message>
        <location filename="../../ui/diagram_view.py" line="154"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <location filename="../../ui/modes_view.py" line="193"/>
        <source>Explain your answer — the principle:</source>
        <translation>说明你的答案 —— 依据的原理：</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="194"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="195"/>
        <source>The principle behind your answer</source>
        <translation>你的答案依据的原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="204"/>
        <source>Question {i} of {n}</source>
        <translation>第 {i}/{n} 题</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="216"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="226"/>
        <source>Time left {m}:{s}</source>
        <translation>剩余时间 {m}:{s}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Stack or Heap — learn where Go puts memory</source>
        <translation>栈还是堆 —— 学习 Go 把内存放在哪里</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Packs</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Quiz</source>
        <translation>答题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Install a pack…</source>
        <translation>安装题库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Open a Go file in the sandbox…</source>
        <translation>在沙盒中打开 Go 文件…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Larger code font</source>
        <translation>放大代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Smaller code font</source>
        <translation>缩小代码字体</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>About Stack or Heap</source>
        <translation>关于“栈还是堆”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Introduction</source>
        <translation>入门介绍</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Nothing to practise right now: every question is scheduled for later.</source>
        <translation>现在没有需要练习的题目：所有题目都安排在以后复习。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Mock interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>No questions match.</source>
        <translation>没有符合条件的题目。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Install a question pack</source>
        <translation>安装题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>Question packs (*.toml)</source>
        <translation>题库文件 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Replace the pack?</source>
        <translation>替换题库？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>A pack with this id is installed. Replace it? Your progress is kept.</source>
        <translation>已安装同一 id 的题库。要替换它吗？你的学习进度会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>Cannot install the pack</source>
        <translation>无法安装题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Built-in pack</source>
        <translation>内置题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Built-in packs cannot be removed.</source>
        <translation>内置题库不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Remove the pack?</source>
        <translation>删除题库？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Remove “{title}”? Your progress is kept.</source>
        <translation>删除“{title}”？你的学习进度会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Cannot remove the pack</source>
        <translation>无法删除题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Cannot save the question</source>
        <translation>无法保存题目</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Question saved</source>
        <translation>题目已保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>The program was added to your pack {path}.</source>
        <translation>程序已加入你的题库 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>&lt;h2&gt;Stack or Heap {version}&lt;/h2&gt;&lt;p&gt;Learn where Go puts memory. Answers reproduce {go} with &lt;code&gt;go build -gcflags=&apos;-m -l&apos;&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Third-party software: Qt and PySide6 (LGPL v3), Pygments (BSD), tree-sitter and tree-sitter-go (MIT), fsrs (MIT), platformdirs (MIT). Chinese text is shown with the system&apos;s CJK font (Noto Sans CJK, SIL Open Font License 1.1, on Debian).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;栈还是堆 {version}&lt;/h2&gt;&lt;p&gt;学习 Go 把内存放在哪里。答案与 {go} 使用 &lt;code&gt;go build -gcflags=&apos;-m -l&apos;&lt;/code&gt; 的输出一致。&lt;/p&gt;&lt;p&gt;许可证：MIT。&lt;/p&gt;&lt;p&gt;第三方软件：Qt 与 PySide6（LGPL v3）、Pygments（BSD）、tree-sitter 与 tree-sitter-go（MIT）、fsrs（MIT）、platformdirs（MIT）。中文使用系统的 CJK 字体显示（Debian 上为 Noto Sans CJK，SIL Open Font License 1.1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Welcome to Stack or Heap</source>
        <translation>欢迎使用“栈还是堆”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Each question shows a Go program. Decide for each marked variable or allocation whether it lives on the stack or on the heap: click it (or use ↑ ↓), press S or H, then Enter. The app explains every answer with the compiler&apos;s own reasoning.

Stack or heap is the compiler&apos;s decision: heap when go build -gcflags=-m says &apos;moved to heap&apos; or &apos;escapes to heap&apos;, stack otherwise. Where the running program differs, the explanation says so.

The Sandbox analyses any Go code you type.</source>
        <translation>每道题都给出一段 Go 程序。判断每个标出的变量或分配是在栈上还是在堆上：点击它（或用 ↑ ↓ 选择），按 S 或 H，再按 Enter 提交。应用会用编译器自己的推理解释每个答案。

栈还是堆，指的是编译器的结论：go build -gcflags=-m 输出 moved to heap 或 escapes to heap 的就是堆，否则是栈。程序实际运行时如果不一样，解析里会说明。

在“沙盒”里可以分析你输入的任何 Go 代码。</translation>
    </message>
</context>
<context>
    <name>PackListView</name>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Question packs</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Answers are what {go} prints with go build -gcflags=&apos;-m -l&apos; (inlining off). Pick a pack and press Enter to start.</source>
        <translation>答案以 {go} 执行 go build -gcflags=&apos;-m -l&apos;（关闭内联）的输出为准。选择一个题库，按 Enter 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Install a pack…</source>
        <translation>安装题库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>{title} — {n} questions ({origin})</source>
        <translation>{title} —— {n} 道题（{origin}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Some packs could not be loaded:</source>
        <translation>有些题库无法加载：</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../ui/modes_view.py" line="87"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="88"/>
        <source>Questions due for review come first, then new ones from easy to hard. Quick right answers come back later, wrong ones soon.</source>
        <translation>先做到期需要复习的题，再按从易到难做新题。答得又快又对的题会隔更久再出现，答错的很快会再出现。</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="90"/>
        <source>Principle</source>
        <translation>原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="91"/>
        <source>Pack</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="92"/>
        <source>Start practice</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="93"/>
        <source>Mock interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="94"/>
        <source>A timed series of questions, as in an interview. Each answer is submitted when its time runs out; you then name the principle.</source>
        <translation>像真实面试一样限时答题。时间一到自动提交；然后说出依据的原理。</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="96"/>
        <source>Questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="97"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="98"/>
        <source>Start the interview</source>
        <translation>开始面试</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="99"/>
        <source>Mastery per principle</source>
        <translation>各原理掌握程度</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="115"/>
        <source>All principles</source>
        <translation>全部原理</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="120"/>
        <source>All packs</source>
        <translation>全部题库</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="124"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="125"/>
        <source>easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="125"/>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="126"/>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="139"/>
        <source>Answer a few questions to see your mastery.</source>
        <translation>答几道题后就能看到掌握程度。</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/modes_view.py" line="239"/>
        <source>Interview report</source>
        <translation>面试报告</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../ui/question_view.py" line="181"/>
        <source>Sites to place (click one in the code, or use ↑ ↓):</source>
        <translation>需要判断的位置（在代码中点击，或用 ↑ ↓ 选择）：</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="182"/>
        <source>Stack (S)</source>
        <translation>栈 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="183"/>
        <source>Heap (H)</source>
        <translation>堆 (H)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="184"/>
        <source>Mark the selected site as stack</source>
        <translation>把选中的位置标为栈</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="185"/>
        <source>Mark the selected site as heap</source>
        <translation>把选中的位置标为堆</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="187"/>
        <source>Stack: the compiler keeps it in the function&apos;s frame (-m says &apos;does not escape&apos;, or nothing at all).</source>
        <translation>栈：编译器把它留在函数的栈帧里（-m 输出 does not escape，或者什么都不输出）。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="190"/>
        <source>Heap: the compiler&apos;s decision, what -m prints as &apos;moved to heap&apos; or &apos;escapes to heap&apos;. Where the running program differs (a small buffer on the stack, no allocation at all), the explanation says so.</source>
        <translation>堆：指编译器的结论，即 -m 输出 moved to heap 或 escapes to heap。程序实际运行时如果不一样（用了栈上的小缓冲区，或者根本没有分配），解析里会说明。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="193"/>
        <source>Hint (?)</source>
        <translation>提示 (?)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="194"/>
        <source>Submit (Enter)</source>
        <translation>提交 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="195"/>
        <source>Next (N)</source>
        <translation>下一题 (N)</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="196"/>
        <source>Tick every line that go build -gcflags=&apos;-m -l&apos; prints:</source>
        <translation>勾选 go build -gcflags=&apos;-m -l&apos; 会输出的每一行：</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="197"/>
        <source>Which principle explains the verdict?</source>
        <translation>哪条原理能解释这个结论？</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="198"/>
        <source>Show the model answer</source>
        <translation>查看参考答案</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="200"/>
        <source>Memory diagram</source>
        <translation>内存图</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="202"/>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="202"/>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="203"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="203"/>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="221"/>
        <source>Pick a pack to start</source>
        <translation>选择一个题库开始</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="232"/>
        <source>easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="232"/>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="232"/>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="235"/>
        <source>{pack} · question {i} of {n} · {diff} · {principles}</source>
        <translation>{pack} · 第 {i}/{n} 题 · {diff} · {principles}</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="245"/>
        <source>This question cannot be graded:</source>
        <translation>这道题无法评分：</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="306"/>
        <location filename="../../ui/question_view.py" line="314"/>
        <location filename="../../ui/question_view.py" line="422"/>
        <source>stack</source>
        <translation>栈</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="306"/>
        <location filename="../../ui/question_view.py" line="314"/>
        <location filename="../../ui/question_view.py" line="422"/>
        <source>heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="306"/>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="291"/>
        <source>{name}  (line {line})  →  {answer}</source>
        <translation>{name}（第 {line} 行） →  {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="313"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="313"/>
        <source>wrong: it is on the {where}</source>
        <translation>错误：它在{where}上</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="342"/>
        <source>printed</source>
        <translation>会输出</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="342"/>
        <source>not printed</source>
        <translation>不会输出</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="372"/>
        <source>the answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="408"/>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="415"/>
        <source>Correct!</source>
        <translation>回答正确！</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="416"/>
        <source>Not quite.</source>
        <translation>还不对。</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="199"/>
        <location filename="../../ui/question_view.py" line="432"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="435"/>
        <source>With inlining on:</source>
        <translation>开启内联时：</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="444"/>
        <source>What go build -gcflags=&apos;-m -l&apos; prints</source>
        <translation>go build -gcflags=&apos;-m -l&apos; 的输出</translation>
    </message>
    <message>
        <location filename="../../ui/question_view.py" line="445"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SandboxView</name>
    <message>
        <location filename="../../ui/sandbox.py" line="239"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="240"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="241"/>
        <source>Compare with the real compiler</source>
        <translation>与真实编译器对比</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="242"/>
        <source>Save as question</source>
        <translation>保存为题目</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="243"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="244"/>
        <source>Go program</source>
        <translation>Go 程序</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="245"/>
        <source>Compiler output</source>
        <translation>编译器输出</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="246"/>
        <source>Memory diagram</source>
        <translation>内存图</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="278"/>
        <source>Analysing…</source>
        <translation>分析中…</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="306"/>
        <source>Your fragment was wrapped in package main and func main for analysis.</source>
        <translation>你的代码片段已被包进 package main 和 func main 后再分析。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="308"/>
        <source>Unused variables and imports are shown as warnings while you write a fragment: go build refuses them.</source>
        <translation>编写代码片段时，未使用的变量和导入只作为警告显示：go build 会拒绝它们。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="313"/>
        <source>The code does not compile yet</source>
        <translation>代码还无法编译</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="315"/>
        <source>Some constructs are not supported: their verdicts are not shown</source>
        <translation>有些写法暂不支持：相关结论不显示</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="318"/>
        <source>{n} heap allocations</source>
        <translation>{n} 处堆分配</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="329"/>
        <source>What go build says</source>
        <translation>go build 的报错</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="333"/>
        <source>(no lines)</source>
        <translation>（没有输出）</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="359"/>
        <source>Open a Go file</source>
        <translation>打开 Go 文件</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="360"/>
        <source>Go files (*.go);;All files (*)</source>
        <translation>Go 文件 (*.go);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="368"/>
        <source>the file is larger than 4 MB</source>
        <translation>文件超过 4 MB</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="371"/>
        <location filename="../../ui/sandbox.py" line="374"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="371"/>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="381"/>
        <source>Save the Go file</source>
        <translation>保存 Go 文件</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="383"/>
        <source>Go files (*.go)</source>
        <translation>Go 文件 (*.go)</translation>
    </message>
    <message>
        <location filename="../../ui/sandbox.py" line="389"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Code font size</source>
        <translation>代码字号</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../ui/stats_view.py" line="177"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="178"/>
        <source>Reset progress…</source>
        <translation>重置进度…</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="189"/>
        <source>{n} answers, {pct}% right</source>
        <translation>共 {n} 次作答，正确率 {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="194"/>
        <source>Export progress</source>
        <translation>导出学习进度</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="198"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="198"/>
        <source>{n} answers written to {path}.</source>
        <translation>{n} 条作答记录已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="202"/>
        <source>Reset progress?</source>
        <translation>重置进度？</translation>
    </message>
    <message>
        <location filename="../../ui/stats_view.py" line="203"/>
        <source>Delete every recorded answer and review schedule? This cannot be undone.</source>
        <translation>删除所有作答记录和复习计划？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/modes_view.py" line="240"/>
        <source>Score: {score}%   Time: {t} s
Weak principles: {weak}
To review:
{review}</source>
        <translation>得分：{score}%   用时：{t} 秒
薄弱的原理：{weak}
需要复习：
{review}</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="242"/>
        <source>Export as HTML…</source>
        <translation>导出为 HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="246"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/modes_view.py" line="247"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
</context>
</TS>
