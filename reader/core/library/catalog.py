"""The library: every article found in one or more folders, and what could not be loaded."""

from __future__ import annotations

import dataclasses
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.languages.collation import sort_key
from reader.core.languages.translate import translate
from reader.core.library.article import Article, ArticleError, article_key, load_article, normalize_url

if TYPE_CHECKING:
    from reader.core.library.catalog_cache import CatalogCache

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".md", ".markdown")


@dataclass(frozen=True)
class Skipped:
    """A file that was not added to the library, and why."""

    path: Path
    reason: str
    is_error: bool = True
    # The same article is in the library already (from this folder or an earlier one).
    duplicate: bool = False
    # The file of the copy the library shows instead (a duplicate's), when known.
    same_as: Path | None = None


@dataclass
class FolderReport:
    """What one library folder gave: how many articles, and what was skipped."""

    folder: Path
    loaded: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    missing: str = ""


def iter_article_files(folder: Path, named_like: str = "") -> Iterator[Path | Skipped]:
    """Every Markdown file below folder, sorted, following no symlink loops; with named_like, only those
    whose name without its suffix holds it (lower case).

    Hidden files and folders are left out. A folder that cannot be opened, a file that cannot be looked
    at and a link to nothing come back as Skipped (with named_like, only such links named like it). Names
    are read from the os.scandir entries and a Path is made only for what is given: find_by_file_name
    walks the whole library this way before the library is read (making a Path of each file was 6 ms of
    the ~12 ms it took for the corpus, issue 20).
    """
    seen_dirs: set[tuple[int, int]] = set()

    def walk(directory: str) -> Iterator[Path | Skipped]:
        try:
            st = os.stat(directory)
            ident = (st.st_dev, st.st_ino)
            if ident in seen_dirs:
                return  # a symlink loop, or the same folder reached twice
            seen_dirs.add(ident)
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            problem = exc.strerror or exc
            yield Skipped(
                Path(directory),
                translate("Check", "the folder cannot be opened ({problem})").format(problem=problem),
            )
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            dot = name.rfind(".")  # PurePath's suffix and stem, from the name alone
            suffix, stem = (name[dot:], name[:dot]) if 0 < dot < len(name) - 1 else ("", name)
            try:
                is_dir = entry.is_dir()
                wanted = not is_dir and (not named_like or named_like in stem.lower())
                is_article = wanted and suffix.lower() in ARTICLE_SUFFIXES and entry.is_file()
            except OSError as exc:
                problem = exc.strerror or exc
                yield Skipped(
                    Path(entry.path),
                    translate("Check", "the file cannot be opened ({problem})").format(problem=problem),
                )
                continue
            if is_dir:
                yield from walk(entry.path)
            elif is_article:
                yield Path(entry.path)
            elif wanted and entry.is_symlink() and not os.path.exists(entry.path):
                yield Skipped(
                    Path(entry.path), translate("Check", "the link points at a file that does not exist")
                )

    yield from walk(os.fspath(folder))


# At most this many files named like an address are read to find it before the library is read.
MAX_FILES_NAMED_LIKE = 8


class _YamlNeededError(Exception):
    """A file's front matter needs PyYAML, which is not imported for a first look (find_by_file_name)."""


def _no_yaml() -> None:
    raise _YamlNeededError


def find_by_file_name(folders: Iterable[Path], address: str) -> Article | None:
    """The active article at this address among the files named after its last part (the article at
    .../what-is-breast-cancer in types-breast-what-is-breast-cancer.md), read before the library is.

    On a first start no catalog knows where the article asked for is, and it waited for every file to be
    read (~7 s under load for the 1,378-article corpus, walk 6). The first folder wins, as in the library;
    a file named after the whole address is read first, then those whose name ends with its last part, at
    most MAX_FILES_NAMED_LIKE of them, and none
    whose front matter needs PyYAML (not imported before the first screen). None when these cannot tell:
    the library decides then, and the window checks this one against it once it is read.
    """
    site_path = normalize_url(address).lower()
    slug = site_path.rsplit("/", 1)[-1]
    if not site_path.startswith("/") or not slug:
        return None
    dashed = site_path.strip("/").replace("/", "-")
    for folder in folders:
        named = [path for path in iter_article_files(folder, slug) if isinstance(path, Path)]
        # The file named after the whole address first (types-breast-treatment-immunotherapy.md), then
        # those ending with its last part; stable: sorted order otherwise.
        named.sort(key=lambda p: (p.stem.lower() != dashed, not p.stem.lower().endswith(slug)))
        for path in named[:MAX_FILES_NAMED_LIKE]:
            try:
                article = load_article(path, folder, _no_yaml)
            except Exception:  # noqa: S112 - YAML needed, a broken file or a parser bug: the library
                continue  # reads it again and says what is wrong
            if article.status == "active" and article.site_path.lower() == site_path:
                return article
    return None


class Library:
    """Articles from several folders, looked up by key or by cancer.gov address."""

    def __init__(self, folders: Iterable[Path], include_inactive: bool = False) -> None:
        self.folders = [Path(f) for f in folders]
        self.include_inactive = include_inactive
        self.articles: list[Article] = []
        self.reports: list[FolderReport] = []
        self._by_key: dict[str, Article] = {}
        self._by_path: dict[str, Article] = {}
        self._by_digest: dict[str, Article] = {}
        self._before_yaml: Callable[[], None] | None = None
        # Article files found so far in the folders (each folder is listed before its files are read).
        self.files_found = 0

    @classmethod
    def load(
        cls,
        folders: Iterable[Path],
        include_inactive: bool = False,
        progress: Callable[[int, Path], None] | None = None,
        catalog: CatalogCache | None = None,
    ) -> Library:
        """Load every folder; never raises for a bad file or a missing folder.

        With a catalog, unchanged files come from it (their bodies are read when opened) and the
        catalog is updated and saved.
        """
        library = cls(folders, include_inactive)
        library.read(progress, catalog)
        return library

    def read(
        self,
        progress: Callable[[int, Path], None] | None = None,
        catalog: CatalogCache | None = None,
        before_yaml: Callable[[], None] | None = None,
    ) -> None:
        """Load every folder into this new, empty library (as load() does); progress is called after each
        file, when `articles` holds every article accepted so far (each one checked already); before_yaml
        before the first file whose front matter needs PyYAML (see split_front_matter)."""
        self._before_yaml = before_yaml
        self._load(progress, catalog)
        self._pair_twins()
        self._pair_languages()
        if catalog is not None:
            catalog.save(self.folders)

    @classmethod
    def of(cls, articles: Iterable[Article]) -> Library:
        """A library of these (already loaded) articles, the first of each key kept."""
        library = cls([], include_inactive=True)  # they were chosen already
        for article in articles:
            library._add(article)
        return library

    def _load_file(self, path: Path, folder: Path, catalog: CatalogCache | None) -> Article:
        if catalog is None:
            return load_article(path, folder, self._before_yaml)
        cached = catalog.get(path)
        if cached is not None and cached.rel_path == path.relative_to(folder).as_posix():
            return cached
        from reader.core.library.catalog_cache import fingerprint

        stamp = fingerprint(path)
        article = load_article(path, folder, self._before_yaml)
        catalog.put(article, stamp)
        # Like the articles the catalog gives, keep no body in memory (it is read when needed): on a first
        # start the bodies held ~50 MB at 1x the corpus and ~500 MB at 10x (tests/bench/scale_report.py).
        return dataclasses.replace(article, _body=None)

    def _load(self, progress: Callable[[int, Path], None] | None, catalog: CatalogCache | None) -> None:
        count = 0
        for folder in self.folders:
            report = FolderReport(folder)
            self.reports.append(report)
            if not folder.is_dir():
                report.missing = (
                    translate("Check", "this folder does not exist")
                    if not folder.exists()
                    else translate("Check", "this is not a folder")
                )
                continue
            items = list(iter_article_files(folder))
            self.files_found += sum(not isinstance(item, Skipped) for item in items)
            for item in items:
                if isinstance(item, Skipped):
                    report.skipped.append(item)
                    continue
                try:
                    article = self._load_file(item, folder, catalog)
                except ArticleError as exc:
                    report.skipped.append(Skipped(item, str(exc)))
                    continue
                except Exception as exc:  # a parser bug must not stop the whole library
                    log.exception("Unexpected error loading %s", item)
                    report.skipped.append(
                        Skipped(
                            item,
                            translate("Check", "the file could not be understood ({problem})").format(
                                problem=exc
                            ),
                        )
                    )
                    continue
                reason, same_as = self._admit(article)
                if reason:
                    shown = article.status == "active" or self.include_inactive  # else: hidden, not a twin
                    report.skipped.append(Skipped(item, reason, is_error=False, duplicate=shown, same_as=same_as))
                else:
                    report.loaded += 1
                count += 1
                if progress is not None:
                    progress(count, item)

    def _add(self, article: Article) -> str:
        """Add an article; returns why it was left out, or "" when added."""
        return self._admit(article)[0]

    def _admit(self, article: Article) -> tuple[str, Path | None]:
        """Add an article; returns ("", None) when added, else why it was left out and, for a copy of an
        article the library has, the file of the copy it shows (Folders and packs names where: walk 12, C1)."""
        if article.status != "active" and not self.include_inactive:
            status = article.status
            return translate("Check", "hidden because its status is '{status}'").format(status=status), None
        twin = self._by_key.get(article.key)
        if twin is not None and article.site_path:
            reason = translate("Check", "the same article (same web address) as {path}")
            return reason.format(path=twin.path), twin.path
        same_bytes = self._by_digest.get(article.digest) if article.digest else None
        if same_bytes is not None:
            reason = translate("Check", "the same file (same content) as {path}")
            return reason.format(path=same_bytes.path), same_bytes.path
        if twin is not None:
            # Two library folders hold different files at the same place (a/notes.md, b/notes.md):
            # both are kept; the second is known by its full path instead.
            article = dataclasses.replace(article, key=article_key("", article.path, str(article.path)))
            if article.key in self._by_key:
                kept = self._by_key[article.key].path
                return translate("Check", "the same file as {path}").format(path=kept), kept
        self._by_key[article.key] = article
        if article.digest:
            self._by_digest[article.digest] = article
        if article.site_path:
            self._by_path.setdefault(article.site_path.lower(), article)
        self.articles.append(article)
        return "", None

    # Lookups -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def get(self, key: str) -> Article | None:
        """The article with this key, or None."""
        return self._by_key.get(key)

    def by_url(self, url: str) -> Article | None:
        """The article at this cancer.gov address or site path (fragment ignored), or None."""
        path = normalize_url(url)
        return self._by_path.get(path.lower()) if path else None

    def find(self, url_or_key: str) -> Article | None:
        """An article by key, address or path."""
        return self.get(url_or_key) or self.by_url(url_or_key)

    def twin(self, article: Article) -> Article | None:
        """The patient version of a professional article, or the other way round; None when absent."""
        return self.by_url(article.twin_path) if article.twin_path else None

    def _pair_twins(self) -> None:
        """Record each article's twin (patient <-> health-professional version) on the article."""
        from reader.core.library.placement import pair_twins

        pairs = pair_twins([(a.key, a.site_path, a.display_title, a.audience_level) for a in self.articles])
        if not pairs:
            return
        for index, article in enumerate(self.articles):
            twin = self._by_key.get(pairs.get(article.key, ""))
            if twin is None or not twin.site_path:
                continue
            paired = dataclasses.replace(article, twin_path=twin.site_path)
            self.articles[index] = paired
            self._by_key[paired.key] = paired
            if paired.site_path:
                self._by_path[paired.site_path.lower()] = paired
            if paired.digest:
                self._by_digest[paired.digest] = paired

    def _pair_languages(self) -> None:
        """Record, on both articles, an article and the one it says it translates (`translationOf`)."""
        from reader.core.languages.twins import language_pairs

        for article, (url, language) in language_pairs(self.articles, self.by_url).items():
            paired = dataclasses.replace(article, language_twin=(url, language))
            index = self.articles.index(article)
            self.articles[index] = paired
            self._by_key[paired.key] = paired
            if paired.site_path:
                self._by_path[paired.site_path.lower()] = paired
            if paired.digest:
                self._by_digest[paired.digest] = paired

    @property
    def skipped(self) -> list[Skipped]:
        """Every file left out, over all folders."""
        return [s for r in self.reports for s in r.skipped]

    @property
    def errors(self) -> list[Skipped]:
        """Files left out because they could not be loaded (duplicates are not errors)."""
        return [s for s in self.skipped if s.is_error]

    def cancer_types(self) -> Counter[str]:
        """How many articles there are for each cancer type."""
        return Counter(t for a in self.articles for t in a.cancer_types)

    def topics(self) -> Counter[str]:
        """How many articles carry each tag."""
        return Counter(t for a in self.articles for t in a.tags)

    def sorted_by_title(self) -> list[Article]:
        """All articles, A to Z."""
        return sorted(self.articles, key=lambda a: sort_key(a.display_title))

    def sorted_for_browsing(self) -> list[Article]:
        """All articles, patient versions first, each part A to Z."""
        return sorted(
            self.articles, key=lambda a: (a.audience_level != "patient", sort_key(a.display_title))
        )
