"""A full index build spread over worker processes, each writing one complete Whoosh segment.

Whoosh's own parallel writer (``procs=2``) keeps the text extraction in the parent and pickles every
document to its sub-writers, so on two cores the parent and both sub-writers fight for them. Here
each worker gets whole articles, does everything for its share (Markdown to text, analysis, postings,
the segment files) and sends back only the finished segment and the facts the manifest needs; the
caller waits on a queue (no work on its interpreter) and then writes one table of contents naming
every segment, as Whoosh's ``multisegment=True`` does.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from reader.core.library.article import Article
from reader.core.processes.interrupts import ignore_interrupts, interrupts_held
from reader.core.search.build import (
    BuildError,
    FileWords,
    Manifest,
    StagedProgress,
    document,
    file_id,
    make_schema,
    manifest_entry,
    write_words,
)
from reader.core.search.fields import FastSegmentWriter

Progress = Callable[[int, int], None]
Stage = Callable[[str], None]
Item = tuple[Article, tuple[int, int]]

#: Posting buffer per worker: large enough that the corpus never spills sorted runs to disk.
WORKER_LIMIT_MB = 160
#: A worker closes its segment and starts another when its buffer is this full, so a bigger library
#: never spills to Whoosh's disk-sorted pool (which made a 4x library's build 1.45x linear): the build
#: stays linear at the price of a few more segments to search.
ROLLOVER_SHARE = 0.85
PROGRESS_EVERY = 10
#: ... or after this many bytes of articles, whichever comes first.
PROGRESS_BYTES = 100_000


def shares(articles: Sequence[Item], procs: int) -> list[list[Item]]:
    """Split articles into procs lists of about equal total size (largest first, greedy)."""
    bins: list[list[Item]] = [[] for _ in range(max(1, procs))]
    loads = [0] * len(bins)
    for item in sorted(articles, key=lambda it: -max(it[1][0], 0)):
        lightest = loads.index(min(loads))
        bins[lightest].append(item)
        loads[lightest] += max(item[1][0], 1)
    return [b for b in bins if b]


def _watch_parent(parent_pid: int) -> None:
    """End this worker when the process that started it is gone (a killed app leaves no orphans)."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent_pid:
            os._exit(3)


def peak_memory_kib() -> int:
    """This process's peak resident memory in KiB since it started its program (0 where unknown)."""
    try:  # VmHWM starts afresh at exec; ru_maxrss would include the parent's size at fork
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except (ImportError, OSError):
        return 0


def _segment_worker(folder: str, share_file: str, messages: Any, parent_pid: int, number: int = 0,
                    limit_mb: int = WORKER_LIMIT_MB) -> None:  # fmt: skip
    """Index one share (pickled in share_file) into new segments of the index at folder (one, unless
    its postings would not fit the buffer); report progress, then the result."""
    ignore_interrupts()
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()
    messages.put(("started", 0, number))
    try:
        share: list[Item] = pickle.loads(Path(share_file).read_bytes())
        ix = whoosh_index.open_dir(folder)
        # _lk=False: the caller holds the index's write lock for all workers (as Whoosh's MpWriter does).
        writer = FastSegmentWriter(ix, _lk=False, limitmb=limit_mb)
        segments = []
        records = FileWords()
        entries: dict[str, dict[str, Any]] = {}
        # Progress counts bytes, not articles: the largest articles come first and take longest.
        pending = count = 0
        for article, print_ in share:
            doc, facts = document(article)
            if writer.pool.nearly_full(ROLLOVER_SHARE):
                segments.append(writer._finalize_segment())
                writer = FastSegmentWriter(ix, _lk=False, limitmb=limit_mb)
            writer.add_document(**doc)
            records.add(file_id(article.path), facts)
            entries[file_id(article.path)] = manifest_entry(article, print_, facts)
            pending += max(print_[0], 1)
            count += 1
            if count % PROGRESS_EVERY == 0 or pending >= PROGRESS_BYTES:
                messages.put(("progress", pending, None))
                pending = 0
        if pending:
            messages.put(("progress", pending, None))
            pending = 0
        # Writing the postings takes about as long as reading the articles: say how far it has come.
        writer.terms_written = lambda done, total: messages.put(("writing", 0, (number, done, total)))
        # The temporary folder (sorted runs, when postings spill) is shared by all workers: the
        # caller's commit removes it once every worker is done.
        segments.append(writer._finalize_segment())
        messages.put(
            ("done", pending, (segments, entries, records.files, peak_memory_kib()))
        )
    except BaseException as exc:  # reported to the caller, which decides what to tell the person
        messages.put(("error", 0, f"{type(exc).__name__}: {exc}"))
        raise SystemExit(1) from None


def build_parallel(folder: Path, articles: Sequence[Item], procs: int = 2, progress: Progress | None = None,
                   stage: Stage | None = None, limit_mb: int = WORKER_LIMIT_MB) -> int:  # fmt: skip
    """Create a complete index in an empty folder with procs worker processes; BuildError on failure.

    Progress is told on PROGRESS_SCALE through the STAGES (see reader/core/search/__init__.py), and
    stage the name of each as it starts; limit_mb is each worker's posting buffer. Returns the largest
    worker's peak memory in KiB.
    """
    report = StagedProgress(progress, stage)
    folder.mkdir(parents=True, exist_ok=True)
    whoosh_index.create_in(str(folder), make_schema()).close()
    report.stage("getting ready", 0, 1)
    parts = shares(articles, procs)
    total = sum(max(size, 1) for _, (size, _) in articles)  # bytes: what the workers count
    context = multiprocessing.get_context("spawn")  # fork is unsafe in a process with Qt threads
    messages = context.Queue()
    # Each share goes to its worker in a file, not in the start-up data: a worker that dies before it
    # has read a large start-up message would leave this process waiting forever to write the rest.
    share_files = [folder / f".share-{number}.pickle" for number in range(len(parts))]
    for share_file, part in zip(share_files, parts, strict=True):
        share_file.write_bytes(pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))
    workers = [
        context.Process(
            target=_segment_worker,
            args=(str(folder), str(share_file), messages, os.getpid(), number, limit_mb),
            name="cancer-reader-index-build",
            daemon=True,
        )  # fmt: skip
        for number, share_file in enumerate(share_files)
    ]
    written = [0.0] * len(workers)
    started = 0
    results: list[tuple[list[Any], dict[str, Any], dict[str, tuple[str, str, str]], int]] = []
    error = ""
    done = quiet = 0
    try:
        with interrupts_held():
            for worker in workers:
                worker.start()
        while len(results) < len(workers) and not error:
            try:
                kind, count, payload = messages.get(timeout=0.2)
            except queue.Empty:
                # A worker that ended cleanly put its result on the queue before it ended.
                dead = sum(not w.is_alive() for w in workers)
                quiet = quiet + 1 if dead > len(results) else 0
                if quiet >= 5:
                    error = "an index worker stopped unexpectedly"
                continue
            quiet = 0
            if kind == "error":
                error = str(payload)
                continue
            if kind == "started":
                started += 1
                report.stage("getting ready", started, len(workers))
                if started == len(workers):
                    report.stage("reading the articles", 0, 1)
                continue
            if kind == "writing":
                number, terms, of_terms = payload
                written[number] = terms / max(1, of_terms)
            else:
                done += count
                if kind == "done":
                    results.append(payload)
            report.building(done / max(1, total), sum(written) / len(written))
        for worker in workers:
            worker.join(timeout=30)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
                worker.join()
        messages.close()
        messages.join_thread()
        for share_file in share_files:
            share_file.unlink(missing_ok=True)
    if error:
        raise BuildError(error)
    report.stage("finishing", 0, 1)
    _commit(folder, results)
    report.done()
    return max(peak for *_, peak in results)


def _commit(folder: Path, results: list[tuple[list[Any], dict[str, Any], dict[str, tuple[str, str, str]], int]]) -> None:
    """Write the table of contents naming every worker's segment, then the dictionary and manifest."""
    ix = whoosh_index.open_dir(str(folder))
    try:
        writer = ix.writer()
        try:
            writer._close_segment()  # this writer adds no documents of its own
            writer._commit_toc([segment for segments, *_ in results for segment in segments])
            writer._finish()
        except BaseException:
            writer.cancel()
            raise
    finally:
        ix.close()
    manifest, records = Manifest(), FileWords()
    for _, entries, files, _ in results:
        manifest.files.update(entries)
        records.files.update(files)
    write_words(folder, records)
    manifest.write(folder)
