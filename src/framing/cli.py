"""The ``framing`` command line: one command per step (see ``framing --help``).

Exit codes: 0 done; 2 bad input or usage, with one line ``error: ...`` on stderr; 1 for a bug
(a report whose book did not build included, with the path of its log); 130 when interrupted
(Ctrl-C), the shell's convention, with nothing half-written. A reader that closes the pipe
(``framing terms ... | head``) ends the command quietly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import pandas as pd

from framing import __version__
from framing.errors import BuildError, InputError

FORMATS = ("json", "csv", "table")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one ``error: ...`` line and exit code 2."""

    def error(self, message: str):
        raise InputError(f"{message} (see {self.prog} --help)")


def _add(args) -> None:
    from framing.sources.add import add_source
    from framing.sources.ingest import FIELDS_REPORTED

    fields = {key: getattr(args, key) for key in FIELDS_REPORTED}
    path = add_source(args.source, topic=args.topic, slug=args.slug, force=args.force,
                      fields=fields, private=args.private,
                      log=lambda line: print(line, file=sys.stderr))
    if not args.private:
        print("note: data/articles/ is tracked by git; do not commit or publish other outlets' "
              "articles (use --private to keep one in the git-ignored data/private/)",
              file=sys.stderr)
    print(path)


def _report(args) -> None:
    from framing.book.report import build_report

    if args.pdf:
        from framing.book.pdf import chromium

        chromium()  # missing: say so before the build, not after it
    index = build_report(args.articles, topic=args.topic, out=args.out, force=args.force,
                         pdf=args.pdf)
    print(index)
    if args.pdf:
        print(index.with_name("report.pdf"))


def _corpus(args) -> None:
    from framing.analysis.corpus import run_corpus

    done, errors = run_corpus(args.paths, args.out, topic=args.topic, workers=args.workers,
                              scheduler=args.scheduler, force=args.force,
                              progress=not args.quiet)
    for error in errors:
        print(f"skipped: {error}", file=sys.stderr)
    print(f"{args.out}: {done} articles analysed, {len(errors)} skipped")


def _new_topic(args) -> None:
    from framing.inputs.scaffold import new_topic

    folder = new_topic(args.name)
    print(f"{folder}: edit topic.yml (sides, actors, frames) and lexicon.csv, then "
          f"framing add SOURCE --topic {args.name}")


def _relative(analysis, table: pd.DataFrame) -> pd.DataFrame:
    """``start``/``end`` made relative to the paragraph (or headline, standfirst) they lie in."""
    starts = [analysis.article.part_at(s).start for s in table["start"]]
    return table.assign(start=table["start"] - starts, end=table["end"] - starts)


def _emit(table: pd.DataFrame, columns: list[str], fmt: str) -> None:
    table = table[columns]
    if fmt == "json":
        from framing.analysis.core import records

        print(json.dumps(records(table), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        table.to_csv(sys.stdout, index=False)
    else:
        with pd.option_context("display.max_rows", None, "display.max_colwidth", 60,
                               "display.width", 200):
            print(table.to_string(index=False))


def _quotes(args) -> None:
    from framing.analysis.core import analyze_file

    analysis = analyze_file(args.article, topic=args.topic)
    columns = ["speaker", "side", "text", "section", "paragraph", "start", "end", "kind", "cue",
               "rule", "confidence"]
    _emit(_relative(analysis, analysis.quotes), columns, args.format)


def _terms(args) -> None:
    from framing.analysis.core import analyze_file

    analysis = analyze_file(args.article, topic=args.topic)
    columns = ["term", "frame", "matched", "paragraph", "start", "end", "section", "voice",
               "side", "negated"]
    _emit(_relative(analysis, analysis.term_hits), columns, args.format)


def _frames(args) -> None:
    from framing.analysis.core import analyze_file

    analysis = analyze_file(args.article, topic=args.topic)
    _emit(analysis.frames, list(analysis.frames.columns), args.format)


def _code(args) -> None:
    from framing.analysis.core import analyze_file
    from framing.analysis.coding import coding_sheet
    from framing.fileio import write_text_atomic

    sheet = coding_sheet(analyze_file(args.article, topic=args.topic), args.article)
    print(write_text_atomic(args.out, sheet.to_csv(index=False), force=args.force))


def _agree(args) -> None:
    from framing.analysis.core import analyze_file
    from framing.analysis.coding import SHEET_COLUMNS, agreement, read_sheet, tool_coding

    first = read_sheet(args.sheet)
    if args.other:
        second = read_sheet(args.other)
    elif first["article"].nunique() == first["topic"].nunique() == 1:
        analysis = analyze_file(first["article"].iloc[0], topic=first["topic"].iloc[0])
        second = tool_coding(analysis, first)
    else:
        raise InputError(f"{args.sheet}: its rows must all name one article and one topic")
    frames = [c for c in first.columns if c not in SHEET_COLUMNS and c in second.columns]
    if not frames:
        raise InputError("the two codings share no frame column")
    _emit(agreement(first, second, frames), ["frame", "sentences", "first_marked",
                                              "second_marked", "agreement", "alpha"], args.format)


def _analyze(args) -> None:
    from framing.analysis.core import analyze_file

    analysis = analyze_file(args.article, topic=args.topic)
    print(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2, default=str))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="framing", description="Media-framing analysis of news articles.")
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    add = commands.add_parser("add", help="turn a source into data/articles/<slug>.md")
    add.add_argument("source", help="a URL, a saved web page (.html) or a text file (.txt: "
                                    "'Title:', 'Outlet:', 'Date:' lines may open it; metadata "
                                    "may also lie in <name>.meta.yml beside it)")
    add.add_argument("--topic", help="the topic in data/topics/ to analyse it with")
    add.add_argument("--slug", help="the article's file name (default: the source's name)")
    add.add_argument("--force", action="store_true", help="overwrite an existing article file")
    for key, example in (("title", "the headline"), ("standfirst", "the summary under it"),
                         ("outlet", "ZDNet"), ("date", "2020-01-24"), ("author", "Danny Palmer"),
                         ("url", "https://...")):
        add.add_argument(f"--{key}", help=f"the article's {key} ({example}), over what the "
                                          "source says")
    add.add_argument("--private", action="store_true",
                     help="write into data/private/ (git-ignored) instead of data/articles/")
    add.set_defaults(run=_add)

    for name, run, help_text, formats in (
        ("quotes", _quotes, "quotes with speaker, side and kind", FORMATS),
        ("terms", _terms, "loaded terms with frame, voice and side", FORMATS),
        ("frames", _frames, "the frames of each sentence and the terms that decided them",
         FORMATS),
        ("analyze", _analyze, "every table of the analysis", ("json",)),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("article", help="an article file (data/articles/<slug>.md)")
        command.add_argument("--topic", help="analyse with this topic instead of the article's")
        command.add_argument("--format", choices=formats, default=formats[0])
        command.set_defaults(run=run)

    code = commands.add_parser("code", help="a coding sheet of an article's sentences to "
                                            "hand-code for the topic's frames")
    code.add_argument("article", help="an article file (data/articles/<slug>.md)")
    code.add_argument("--topic", help="code for this topic's frames instead of the article's")
    code.add_argument("--out", required=True, help="the sheet to write (SHEET.csv)")
    code.add_argument("--force", action="store_true", help="overwrite an existing sheet")
    code.set_defaults(run=_code)

    agree = commands.add_parser("agree", help="agreement (Krippendorff's alpha) of a coding "
                                              "sheet with the tool, or of two sheets")
    agree.add_argument("sheet", help="a filled-in coding sheet (from framing code)")
    agree.add_argument("other", nargs="?", help="a second coder's sheet (default: the tool)")
    agree.add_argument("--format", choices=("table", "csv", "json"), default="table")
    agree.set_defaults(run=_agree)

    report = commands.add_parser("report", help="a standalone book of the chapters on articles")
    report.add_argument("articles", nargs="+", help="article files (two or more add a comparison)")
    report.add_argument("--topic", help="analyse with this topic instead of each article's")
    report.add_argument("--out", help="the folder for the book (default _build/reports/<slug>)")
    report.add_argument("--force", action="store_true",
                        help="replace an earlier report at --out (never another folder)")
    report.add_argument("--pdf", action="store_true",
                        help="also print the report to one PDF, report.pdf in its folder "
                             "(needs Debian's chromium)")
    report.set_defaults(run=_report)

    corpus = commands.add_parser("corpus", help="analyse many articles into Parquet tables")
    corpus.add_argument("paths", nargs="+", help="article files, or folders of them")
    corpus.add_argument("--out", required=True, help="FILE.parquet: a folder, one file per table")
    corpus.add_argument("--topic", help="analyse with this topic instead of each article's")
    corpus.add_argument("--workers", type=int, help="processes on this machine (default: cores)")
    corpus.add_argument("--scheduler", help="address of a Dask distributed scheduler to use")
    corpus.add_argument("--force", action="store_true",
                        help="replace an earlier corpus at --out (never another folder)")
    corpus.add_argument("--quiet", action="store_true", help="no progress bar")
    corpus.set_defaults(run=_corpus)

    new = commands.add_parser("new-topic", help="scaffold data/topics/NAME for a new story")
    new.add_argument("name", help="the topic's name: lower-case letters, digits, hyphens")
    new.set_defaults(run=_new_topic)

    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        args.run(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; no output was written or replaced", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader stopped reading: point stdout at nothing so Python's exit flush is silent
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
