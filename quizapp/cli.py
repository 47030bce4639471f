"""The command line: the GUI's front door and the headless commands.

    quizapp                                  the app
    quizapp analyze [-m|-m=N]... [-l] [-d=escapemutationscalls] FILE.go   gc-format diagnostics
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import GO_VERSION, __version__

if TYPE_CHECKING:
    from .quiz.verify import VerifyReport

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2
EXIT_UNSUPPORTED = 3
EXIT_INTERNAL = 70
"""The statuses of docs/architecture.md's table; 70 (EX_SOFTWARE) is a bug in quizapp itself."""


def short_path(path: str) -> str:
    """The path as ``go build`` prints it: ``./`` and relative inside the current directory."""
    p = Path(path).resolve()
    try:
        rel = p.relative_to(Path.cwd().resolve())
    except ValueError:
        return str(p)
    return "./" + rel.as_posix()


ANALYZE_USAGE = ("usage: quizapp analyze [-m | -m=N]... [-l] [-d=escapemutationscalls] [--] FILE.go\n"
                 "  -m        print escape decisions (repeat, or -m=2, for flow explanations)\n"
                 "  -l        inlining off (default: on, as gc)\n"
                 "  -d=escapemutationscalls  also print the mutator and callee parts of parameter "
                 "summaries")

DEBUG_FLAGS = {"escapemutationscalls", "zerocopy"}
"""gc's -d settings analyze accepts (zerocopy is gc's default and changes nothing)."""


class FlagError(Exception):
    """A command-line flag analyze does not take."""


def parse_analyze_flags(argv: list[str]) -> argparse.Namespace:
    """gc's way with -m, -m=N, -l and -d=..., in any order before the file."""
    level: int | None = None
    inline_off = False
    mutations = False
    file: str | None = None
    i = 0
    while i < len(argv):
        a = argv[i]
        i += 1
        if file is not None:
            raise FlagError(f"unexpected argument after the file: {a}")
        if a == "--":
            if i != len(argv) - 1:
                raise FlagError("expected exactly one file after --")
            file = argv[i]
            i += 1
        elif a == "-m":
            level = (level or 0) + 1
        elif a.startswith("-m="):
            value = a[3:]
            if not value.isdigit():
                raise FlagError(f"-m wants a number: {a}")
            level = int(value)
            if level > 2:
                raise FlagError(f"{a}: levels above -m=2 are not modelled")
        elif a == "-l":
            inline_off = True
        elif a.startswith("-d="):
            for setting in a[3:].split(","):
                name, _, value = setting.partition("=")
                if name not in DEBUG_FLAGS or (value and not value.isdigit()):
                    raise FlagError(f"unsupported -d setting {setting!r} (accepted: "
                                    + ", ".join(sorted(DEBUG_FLAGS)) + ")")
                if name == "escapemutationscalls":
                    mutations = int(value or "1") > 0
        elif a in ("-h", "-help", "--help"):
            raise FlagError("")
        elif a.startswith("-") and a != "-":
            raise FlagError(f"unknown flag {a} (accepted: -m, -m=N, -l, -d=escapemutationscalls)")
        else:
            file = a
    if file is None:
        raise FlagError("no file given")
    return argparse.Namespace(level=1 if level is None else level, l=inline_off,
                              mutations=mutations, file=file)


def read_go_file(path: str) -> bytes | str:
    """The bytes of a Go file, or the one-line message saying why it cannot be analysed."""
    from .analysis.api import MAX_SOURCE_BYTES
    from .files import TooLarge, read_bounded

    try:
        data = read_bounded(Path(path), MAX_SOURCE_BYTES)
    except FileNotFoundError:
        return f"{path}: no such file"
    except IsADirectoryError:
        return f"{path}: is a directory, not a Go file"
    except TooLarge as exc:
        return f"{path}: the file is {exc.strerror}; the analyzer reads Go files up to that size"
    except OSError as exc:
        return f"{path}: cannot read: {exc.strerror or exc}"
    return data                   # invalid UTF-8 is the analyzer's positioned error, as gc's


def cmd_analyze(args: argparse.Namespace) -> int:
    from .analysis import AnalysisError, analyze

    try:
        flags = parse_analyze_flags(args.args)
    except FlagError as exc:
        if str(exc):
            print(f"quizapp analyze: {exc}", file=sys.stderr)
        print(ANALYZE_USAGE, file=sys.stderr)
        return EXIT_BAD_INPUT
    level = min(flags.level, 2)
    path = flags.file
    shown = short_path(path)
    data = read_go_file(path)
    if isinstance(data, str):
        print(data, file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        result = analyze(data, inline=not flags.l)
    except AnalysisError as exc:
        for line in exc.lines(shown):   # gc's errors as go build prints them
            print(line, file=sys.stderr)
        return EXIT_BAD_INPUT
    out = result.diagnostics(shown, level, mutations_calls=flags.mutations) if level else []
    if out:
        sys.stdout.write("\n".join(out) + "\n")
    for u in result.unsupported:
        print(f"{shown}:{u.pos}: unsupported: {u.what}", file=sys.stderr)
    return EXIT_UNSUPPORTED if result.unsupported else EXIT_OK


def unreadable_paths(paths: list[str]) -> list[str]:
    """The pack paths that name nothing readable (exit 2), each with the reason."""
    out = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            out.append(f"{p}: no such file or folder")
        elif not os.access(path, os.R_OK):
            out.append(f"{p}: permission denied")
    return out


def cmd_pack_validate(args: argparse.Namespace) -> int:
    from .quiz.validate import validate

    missing = unreadable_paths(args.paths)
    report = validate([Path(p) for p in args.paths])
    for problem in report.problems:
        print(problem)
    print(report.summary())
    if missing:
        return EXIT_BAD_INPUT
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def cmd_pack_verify(args: argparse.Namespace) -> int:
    from .gotool import ToolchainError
    from .quiz.verify import verify

    missing = unreadable_paths(args.paths)
    try:
        report = verify([Path(p) for p in args.paths], go=args.go)
    except ToolchainError as exc:
        print(f"quizapp pack verify: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for w in report.warnings:
        print(w, file=sys.stderr)
    for d in report.disagreements:
        print(d)
    print(verify_summary(report))
    if missing:
        return EXIT_BAD_INPUT
    return EXIT_PROBLEMS if report.disagreements else EXIT_OK


def cmd_pack_show(args: argparse.Namespace) -> int:
    """Each question's answer key: asked sites, verdicts in both builds, main principle, lines."""
    from .quiz.answers import KeyError_, answer_key, candidate_sites
    from .quiz.both_builds import compare, other_answer
    from .quiz.loader import load_packs
    from .quiz.model import QuestionKind

    missing = unreadable_paths(args.paths)
    packs, problems = load_packs([Path(p) for p in args.paths])
    for problem in problems:
        print(problem, file=sys.stderr)
    for pack in packs:
        for q in pack.questions:
            if args.question and q.id != args.question:
                continue
            print(f"{pack.id} / {q.id} ({q.kind.value}, graded as {q.build.value}; "
                  f"the other build: {q.build.other.value})")
            if not q.code.strip():
                print("  (no code)")
                continue
            try:
                key = answer_key(q)
            except KeyError_ as exc:
                print(f"  no answer key: {exc}")
                continue
            asked = {s.key: s for s in key.sites}
            assert key.analysis is not None
            pairs = key.both_builds()
            facts = key.runtime()
            for s in candidate_sites(key.analysis):
                mark = "asked" if s.key in asked else "     "
                s = asked.get(s.key, s)
                reason = s.reasons[0] if s.reasons else "-"
                other = other_answer(compare(s, pairs, q.build))
                print(f"  {mark} {s.key:28s} {s.verdict.value:6s} {reason:22s} "  # type: ignore[union-attr]
                      f"{q.build.other.value}: {other}")
                note = facts.notes.get(s.key) if facts is not None and s.key in asked else None
                if note is not None:
                    print(f"        run time: {note.text('en')}")
            if facts is not None and facts.error:
                print(f"  no run-time notes: {facts.error}")
            if key.allocs is not None:
                print(f"  allocs answer: {key.allocs} per call of {q.function}")
            if key.why:
                print(f"  why answer: {key.why}")
            for ln in key.lines:
                print(f"  | {ln}")
            if q.kind is QuestionKind.FIX:
                from .quiz.fix import show_lines
                print("\n".join(f"  {ln}" for ln in show_lines(q)))
    if missing:
        return EXIT_BAD_INPUT
    return EXIT_PROBLEMS if problems else EXIT_OK


def cmd_pack_new(args: argparse.Namespace) -> int:
    from .quiz.errors import QuizError
    from .quiz.scaffold import new_pack

    try:
        pack_id = new_pack(Path(args.file))
    except QuizError as exc:
        print(f"quizapp pack new: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"wrote {args.file} (pack id {pack_id!r}); edit it, then run: "
          f"quizapp pack validate {args.file}")
    return EXIT_OK


def cmd_pack_install(args: argparse.Namespace) -> int:
    from .quiz.errors import PackProblems, QuizError
    from .quiz.scaffold import install_pack

    try:
        target = install_pack(Path(args.file), upgrade=args.upgrade)
    except PackProblems as exc:
        print(f"quizapp pack install: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except QuizError as exc:
        print(f"quizapp pack install: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"installed {target.path}" if target.changed else f"{target.path} is already installed")
    return EXIT_OK


def cmd_diagram(args: argparse.Namespace) -> int:
    """Draw a memory diagram of FILE.go at one step, to PNG or SVG, without a window."""
    from .files import writable_target
    why = writable_target(Path(args.output))
    if why:
        print(f"quizapp diagram: cannot write {args.output}: {why}", file=sys.stderr)
        return EXIT_BAD_INPUT
    data = read_go_file(args.file)
    if isinstance(data, str):
        print(data, file=sys.stderr)
        return EXIT_BAD_INPUT
    from .diagram.command import diagram_command
    return diagram_command(data, short_path(args.file), args.output, args.step, args.entry,
                           args.what_if, args.budget, args.inline, args.diagram_lang or args.lang or "en")


def cmd_run(args: argparse.Namespace) -> int:
    """Run FILE.go as the built binary would: its output, its exit status; 125 when we cannot."""
    data = read_go_file(args.file)          # a message is the command's own 125
    from .run.commands import run_command
    return run_command(data, short_path(args.file), args.args, args.max_steps)


def cmd_trace(args: argparse.Namespace) -> int:
    """Every step of a run as JSON (docs/trace-format.md)."""
    from .files import writable_target
    why = writable_target(Path(args.output)) if args.output not in (None, "-") else None
    if why:
        print(f"quizapp trace: cannot write {args.output}: {why}", file=sys.stderr)
        return EXIT_BAD_INPUT
    data = read_go_file(args.file)
    if isinstance(data, str):
        print(data, file=sys.stderr)
        return EXIT_BAD_INPUT
    from .run.commands import trace_command
    return trace_command(data, short_path(args.file), args.output, args.budget, args.args, args.inline)


def verify_summary(report: VerifyReport) -> str:
    """``12 questions: 11 programs compiled (...; 1 flashcard without code), 0 disagreements``:
    the counts differ, and the line says why."""
    n, q = report.checked, report.questions
    why = ["questions' code and fix questions' model solutions"]
    if report.without_code:
        why.append(f"{report.without_code} flashcard{'s' if report.without_code != 1 else ''} without code")
    if report.not_compiled:
        why.append(f"{report.not_compiled} not compiled: see above")
    d = len(report.disagreements)
    return (f"{q} question{'s' if q != 1 else ''}: {n} program{'s' if n != 1 else ''} compiled "
            f"({'; '.join(why)}), {d} disagreement{'s' if d != 1 else ''}")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="quizapp",
        description=f"Stack or Heap: learn where Go puts memory (answers as {GO_VERSION} "
                    "with -gcflags='-m -l').")
    ap.add_argument("--version", action="version", version=f"quizapp {__version__}")
    ap.add_argument("--screenshot", metavar="OUT.png", help="render a view offscreen to a PNG and exit")
    ap.add_argument("--view", help="the view to render (with --screenshot; default packs, or quiz with "
                    "--question)")
    ap.add_argument("--lang", choices=["en", "zh"],
                    help="language: of the window (for this run; Settings keeps a choice), of --screenshot and of diagram "
                         "(default: the saved setting, else the system's; English for --screenshot and diagram)")
    ap.add_argument("--theme", choices=["light", "dark"], help="theme (with --screenshot; default light)")
    ap.add_argument("--size", metavar="WxH", help="window size (with --screenshot; default 1280x800)")
    ap.add_argument("--question", metavar="PACK_ID/QUESTION_ID",
                    help="the question to show (with --screenshot; installed packs too)")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    an = sub.add_parser("analyze", help="print the lines go build -gcflags=-m (or '-m -l') "
                                        "prints for a file")
    an.add_argument("args", nargs=argparse.REMAINDER, metavar="[-m|-m=N]... [-l] [-d=...] FILE.go",
                    help="gc's flags in any order, then the file (see quizapp analyze -h)")
    an.set_defaults(func=cmd_analyze)

    dg = sub.add_parser("diagram", help="draw the memory diagram of a program at one step (PNG or SVG)")
    dg.add_argument("file", metavar="FILE.go")
    dg.add_argument("--func", dest="entry", help="draw the step where this function returns")
    dg.add_argument("--step", type=int, help="the step of the run to draw, from 1 (default: the last before main returns)")
    dg.add_argument("--what-if", action="store_true",
                    help="as if what the compiler moved to the heap had stayed on the stack")
    dg.add_argument("--budget", type=int, default=10_000, metavar="N",
                    help="run at most N steps (default 10,000)")
    dg.add_argument("-o", "--output", required=True, metavar="OUT.png|OUT.svg")
    dg.add_argument("--lang", dest="diagram_lang", choices=["en", "zh"],
                    help="the drawing's language (default: --lang before the command, else English)")
    dg.add_argument("--inline", action="store_true",
                    help="as the default build (gc's -m, inlining on) places memory, calls it "
                         "inlines merged into their callers' frames (default: -m -l)")
    dg.set_defaults(func=cmd_diagram)

    rn = sub.add_parser("run", help="run a program as the built binary does (exit status 125: "
                                    "quizapp cannot run it)")
    rn.add_argument("file", metavar="FILE.go")
    rn.add_argument("args", nargs="*", metavar="ARGS", help="after --: the program's arguments")
    rn.add_argument("--max-steps", type=int, default=50_000_000, metavar="N",
                    help="stop after N steps (default 50,000,000)")
    rn.set_defaults(func=cmd_run)

    tr = sub.add_parser("trace", help="run a program and write every step as JSON "
                                      "(docs/trace-format.md)")
    tr.add_argument("file", metavar="FILE.go")
    tr.add_argument("args", nargs="*", metavar="ARGS", help="after --: the program's arguments")
    tr.add_argument("--json", action="store_true", help="JSON output (the only format)")
    tr.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    tr.add_argument("--budget", type=int, default=10_000, metavar="N",
                    help="record at most N steps (default 10,000)")
    tr.add_argument("--inline", action="store_true",
                    help="as the default build (gc's -m, inlining on) places memory, calls it "
                         "inlines merged into their callers' frames (default: -m -l)")
    tr.set_defaults(func=cmd_trace)

    pk = sub.add_parser("pack", help="question packs: validate, verify, show, new, install")
    psub = pk.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    pv = psub.add_parser("validate", help="check packs (schema, ids, code, answer keys); exit 1 on errors")
    pv.add_argument("paths", nargs="+", metavar="PATH", help="pack files, or folders of them")
    pv.set_defaults(func=cmd_pack_validate)
    pf = psub.add_parser("verify", help="compile every question with the real Go compiler and "
                                       "report answer-key disagreements")
    pf.add_argument("paths", nargs="+", metavar="PATH")
    pf.add_argument("--go", help="the go command to use (default: beside this Python, then PATH)")
    pf.set_defaults(func=cmd_pack_verify)
    ps = psub.add_parser("show", help="print each question's answer key: sites, verdicts, principles, lines")
    ps.add_argument("paths", nargs="+", metavar="PATH")
    ps.add_argument("--question", help="only this question id")
    ps.set_defaults(func=cmd_pack_show)
    pn = psub.add_parser("new", help="write a starter pack (never overwrites)")
    pn.add_argument("file", metavar="FILE")
    pn.set_defaults(func=cmd_pack_new)
    pi = psub.add_parser("install", help="validate a pack and copy it into your pack folder")
    pi.add_argument("file", metavar="FILE")
    pi.add_argument("--upgrade", action="store_true", help="replace an installed pack with the same id")
    pi.set_defaults(func=cmd_pack_install)
    return ap


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["analyze"]:
        # gc's flags, parsed by hand: argparse would read -m FILE as -m's value
        return cmd_analyze(argparse.Namespace(args=argv[1:]))
    program_args: list[str] = []
    if argv[:1] in (["run"], ["trace"]) and "--" in argv:
        # everything after -- is the program's, wherever the options stand
        cut = argv.index("--")
        argv, program_args = argv[:cut], argv[cut + 1:]
    ap = build_parser()
    args = ap.parse_args(argv)
    if program_args:
        args.args = [*args.args, *program_args]
    if args.screenshot:
        from .ui.screenshot import QUESTION_VIEWS, VIEWS, take
        args.view = args.view or ("quiz" if args.question else "packs")
        if args.view not in VIEWS:
            print(f"quizapp: unknown view {args.view!r} (views: {', '.join(VIEWS)})", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.question and args.view not in QUESTION_VIEWS:
            print(f"quizapp: --question shows a question in a question view ({', '.join(QUESTION_VIEWS)}), "
                  f"not in {args.view!r}", file=sys.stderr)
            return EXIT_BAD_INPUT
        from .files import writable_target
        from .ui.screenshot import ScreenshotError
        why = writable_target(Path(args.screenshot))
        if why:
            print(f"quizapp: cannot write {args.screenshot}: {why}", file=sys.stderr)
            return EXIT_BAD_INPUT
        try:
            status = take(Path(args.screenshot), args.view, args.lang or "en", args.theme, args.size,
                          args.question)
        except ScreenshotError as exc:
            print(f"quizapp: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if status:
            print(f"quizapp: could not write {args.screenshot}", file=sys.stderr)
        return status
    if args.command is None:
        from .ui.app import run
        return run(sys.argv[:1], args.lang)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os._exit(EXIT_OK)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        print(f"quizapp: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
