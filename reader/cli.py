"""The command line: `cancer-reader [options] [COMMAND ...]`; options may stand before or after the command."""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from reader.context import make_context
from reader.core.settings.reading_prefs import THEME_NAMES, parse_scale
from reader.version import app_version

#: Modules in reader.commands, each with register(subparsers) that sets func=run(args, ctx).
COMMAND_MODULES = ["check", "list", "index", "search", "glossary", "bookmarks", "kiosk", "pack"]


class _VersionAction(argparse._VersionAction):
    """--version, reading the version only when asked (tomllib and pyproject would slow every start)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        self.version = f"cancer-reader {app_version()}"
        super().__call__(parser, *args, **kwargs)  # type: ignore[arg-type]


def global_options() -> argparse.ArgumentParser:
    """Options every command takes, anywhere on the line."""
    parser = argparse.ArgumentParser(add_help=False)
    _add_global_options(parser)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--library", action="append", type=Path, default=[], metavar="DIR",
        help="a folder of articles to add (repeatable)",
    )  # fmt: skip
    parser.add_argument("--data-dir", type=Path, help="where bookmarks and settings are kept")
    parser.add_argument("--cache-dir", type=Path, help="where the search index is kept")
    parser.add_argument("-v", "--verbose", action="store_true", help="print more about what happens")


class _NotForWindowError(Exception):
    """The window's options parser met something only the full parser knows (a command, --help, a mistake)."""


class _WindowParser(argparse.ArgumentParser):
    """The window's options alone: any error means "ask the full parser", which gives the real message."""

    def error(self, message: str) -> NoReturn:  # noqa: D102 - argparse override
        raise _NotForWindowError(message)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The full parser: GUI options plus one sub-parser per command (without commands: the window's options
    only, which answers without importing the eight command modules)."""
    description = "Read trusted cancer information offline."
    if commands:
        parser = argparse.ArgumentParser(prog="cancer-reader", description=description, parents=[global_options()])
    else:  # one parser, not two: argparse looks on disk for its words' translations for each (~0.5 ms a parser)
        parser = _WindowParser(prog="cancer-reader", description=description, add_help=False)
        _add_global_options(parser)
    # Before the command's name (`cancer-reader --language es check`): `pack build --language` is the pack's.
    parser.add_argument("--language", dest="ui_language", type=_language, metavar="CODE",
                        help="the reader's language for this run only, e.g. es (not saved)")  # fmt: skip
    parser.add_argument("--open", metavar="URL_OR_KEY", help="open this article at start")
    parser.add_argument("--search", metavar="QUERY", help="search for these words at start")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="save a picture of the window after start-up and exit")  # fmt: skip
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--self-test", action="store_true",
                        help="check that the app starts, loads, searches and shows an article, then exit")  # fmt: skip
    parser.add_argument("--font-scale", type=_font_scale, metavar="PERCENT",
                        help="text size for this run only, 75 to 300 (not saved)")  # fmt: skip
    parser.add_argument("--theme", choices=THEME_NAMES, help="colours for this run only (not saved)")
    parser.add_argument("--kiosk", action="store_true",
                        help="kiosk mode: full screen, locked down, forgets each visitor (see README)")  # fmt: skip
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"reader.commands.{name}").register(subparsers)
    return parser


def _font_scale(text: str) -> int:
    try:
        return parse_scale(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _language(text: str) -> str:
    from reader.core.languages.choice import language_option

    try:
        return language_option(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse argv; global options are pulled out first so they work after a command name too."""
    argv = list(argv)
    if not set(argv) & set(COMMAND_MODULES):  # the window's options alone: one parser (~2 ms less, issue 20)
        try:
            window_args = build_parser(commands=False).parse_args(argv)
        except _NotForWindowError:
            pass
        else:
            window_args.command = None
            return window_args
    known, rest = global_options().parse_known_args(argv)
    args = None
    if not set(rest) & set(COMMAND_MODULES):  # the window's options need no command module (~10 ms, issue 20)
        try:
            args = build_parser(commands=False).parse_args(rest)
            args.command = None
        except _NotForWindowError:
            pass
    if args is None:
        args = build_parser().parse_args(rest)
    for key, value in vars(known).items():
        setattr(args, key, value)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `cancer-reader` and `python -m reader`."""
    # No garbage collection while the reader starts: its modules, Qt's types and the window make ~70
    # collections of the youngest objects before the first screen (15-31 ms of a start, measured with
    # gc.callbacks, issue 20), and start-up makes no garbage worth them. Back on once the first screen is
    # up (reader/app.py) or before a command runs.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    if getattr(sys, "frozen", False):  # only a frozen build needs it; importing it costs start-up time
        import multiprocessing

        multiprocessing.freeze_support()  # a frozen build's index-build process starts here
    args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    ctx = make_context(args)
    func = getattr(args, "func", None)
    if func is not None:  # the commands' messages (and library) in the reader's language
        from reader.commands.language import use_language

        use_language(ctx, args.ui_language or "")
    if func is not None or args.self_test:
        gc.enable()
    if func is None and args.self_test:
        from reader.self_test import run_self_test

        return run_self_test(args, ctx)
    if func is None:
        from reader.app import run_gui

        return run_gui(args, ctx)
    try:
        code = int(func(args, ctx))
        sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
    except BrokenPipeError:  # `cancer-reader glossary show spread | head -2`: the reader stopped reading
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the flush at exit must not fail again
        return 1
    return code
