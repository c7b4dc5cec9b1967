"""Corpus mode in parallel: ``--jobs N`` against ``--jobs 1``, and peak memory on a big file.

Usage::

    python benchmarks/parallel.py DATA_DIR [--json OUT] [--rounds N] [--scale K]
        [--jobs N] [--memory-mb MB] [--workdir DIR]

Every run is the command line, ``python -m newsclean clean ... -q``, in a child process,
timed from start to exit (interpreter start included):

* **speed**: a JSON Lines file of the pages of ``DATA_DIR`` repeated ``--scale`` times,
  cleaned with ``--jobs 1`` and ``--jobs N`` in interleaved rounds (best kept); and the
  pages' text folder cleaned into an output folder the same way. The outputs must be
  identical, byte for byte, and the JSON lines in input order;
* **memory**: a JSON Lines file of ``--memory-mb`` MB (the pages, cycled) cleaned with
  ``--jobs N``. The resident memory of the process tree (the command and its workers) is
  sampled every 50 ms; the largest single process's peak is also read exactly from
  ``getrusage``. ``--memory-mb 0`` skips it.

Files go to ``--workdir`` (default: a temporary folder, removed at the end). Linux only
(``/proc`` is read for the memory samples).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from throughput import data_parser, read_texts, versions  # noqa: E402

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
#: Seconds between memory samples.
SAMPLE_EVERY = 0.05


# --- inputs ------------------------------------------------------------------------------------

def write_jsonl(path: Path, pages: Sequence[str], *, copies: int = 1,
                megabytes: float | None = None) -> tuple[int, int]:
    """Write the pages as JSON Lines records ``{"id", "page", "text"}``: ``copies`` times
    over, or cycled until the file holds ``megabytes`` MB. Returns (records, bytes).

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "c.jsonl"
    >>> write_jsonl(target, ["A.", "B."], copies=2)
    (4, 140)
    >>> target.read_text().splitlines()[3]
    '{"id": 3, "page": 1, "text": "B."}'
    """
    count = size = 0
    limit = None if megabytes is None else megabytes * 1e6
    with open(path, "wb") as fh:
        while (limit is None and count < copies * len(pages)) or (
            limit is not None and size < limit
        ):
            page = count % len(pages)
            line = json.dumps({"id": count, "page": page, "text": pages[page]},
                              ensure_ascii=False).encode("utf-8") + b"\n"
            fh.write(line)
            count += 1
            size += len(line)
    return count, size


def check_jsonl_order(path: Path, expected: int) -> str | None:
    """``None`` if ``path`` holds ``expected`` records with ids 0, 1, 2... in order; else
    what is wrong."""
    n = 0
    with open(path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            if json.loads(line)["id"] != n - 1:
                return f"{path.name}: line {n} holds id {json.loads(line)['id']}"
    return None if n == expected else f"{path.name}: {n} records, expected {expected}"


def same_tree(a: Path, b: Path) -> bool:
    """Whether two folders hold the same files with the same bytes."""
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all(
        filecmp.cmp(a / f, b / f, shallow=False) for f in files_a
    )


# --- running -----------------------------------------------------------------------------------

def newsclean_command(*args: str) -> list[str]:
    """The command line for ``newsclean`` with this interpreter."""
    return [sys.executable, "-m", "newsclean", *args]


def timed(command: list[str]) -> float:
    """Wall-clock seconds of a command that must succeed."""
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"error: {' '.join(command)} exited {result.returncode}:\n"
                         f"{result.stderr[-2000:]}")
    return seconds


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss(pid: int) -> tuple[int, int]:
    """Resident bytes of the descendants of ``pid``: (sum, largest single process)."""
    tree = _children()
    total = largest = 0
    todo = list(tree.get(pid, []))
    while todo:
        p = todo.pop()
        todo.extend(tree.get(p, []))
        try:
            with open(f"/proc/{p}/statm", "rb") as fh:
                rss = int(fh.read().split()[1]) * PAGE_SIZE
        except (OSError, IndexError, ValueError):
            continue
        total += rss
        largest = max(largest, rss)
    return total, largest


_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def peak_memory(command: list[str]) -> dict[str, float]:
    """Run ``command`` (through a wrapper that reports its descendants' exact peak RSS) and
    sample the RSS of its process tree (the wrapper left out); peaks in MB and the
    wall-clock seconds."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, *command],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_total = peak_single = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_total, peak_single
        while not done.is_set():
            total, single = tree_rss(proc.pid)
            peak_total, peak_single = max(peak_total, total), max(peak_single, single)
            done.wait(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"error: {' '.join(command)} exited {proc.returncode}:\n{err[-2000:]}")
    return {"seconds": seconds, "peak_tree_mb": peak_total / 1e6,
            "peak_sampled_process_mb": peak_single / 1e6,
            "peak_process_mb": int(out.split()[-1]) * 1024 / 1e6}


# --- main --------------------------------------------------------------------------------------

def speed(workdir: Path, data_dir: Path, pages: Sequence[str], scale: int, jobs: int,
          rounds: int, progress: Any) -> dict[str, Any]:
    """``--jobs 1`` against ``--jobs N`` on JSON Lines and on a text folder."""
    corpus = workdir / "corpus.jsonl"
    records, size = write_jsonl(corpus, pages, copies=scale)
    folder = data_dir / "text" if (data_dir / "text").is_dir() else data_dir
    kinds = {
        "jsonl": lambda n: newsclean_command("clean", "--jsonl", str(corpus), "-o",
                                             str(workdir / f"out-j{n}.jsonl"), "--jobs", str(n),
                                             "-q"),
        "folder": lambda n: newsclean_command("clean", str(folder), "--output-dir",
                                              str(workdir / f"folder-j{n}"), "--jobs", str(n),
                                              "-q"),
    }
    times: dict[tuple[str, int], list[float]] = {}
    for turn in range(rounds):
        for kind, command in kinds.items():
            for n in ((1, jobs) if turn % 2 == 0 else (jobs, 1)):
                if kind == "folder":
                    shutil.rmtree(workdir / f"folder-j{n}", ignore_errors=True)
                seconds = timed(command(n))
                times.setdefault((kind, n), []).append(seconds)
                progress(f"round {turn + 1}/{rounds} {kind} --jobs {n}: {seconds:.2f} s")
    problems = [p for p in (check_jsonl_order(workdir / f"out-j{n}.jsonl", records)
                            for n in (1, jobs)) if p]
    if not filecmp.cmp(workdir / "out-j1.jsonl", workdir / f"out-j{jobs}.jsonl", shallow=False):
        problems.append(f"JSON Lines output of --jobs {jobs} differs from --jobs 1")
    if not same_tree(workdir / "folder-j1", workdir / f"folder-j{jobs}"):
        problems.append(f"folder output of --jobs {jobs} differs from --jobs 1")
    folder_mb = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    result: dict[str, Any] = {"problems": problems}
    for kind, mb, docs in (("jsonl", size / 1e6, records),
                           ("folder", folder_mb, len(list(folder.glob("*.txt"))))):
        one, many = min(times[(kind, 1)]), min(times[(kind, jobs)])
        result[kind] = {"documents": docs, "mb": mb, "jobs_1_s": one, f"jobs_{jobs}_s": many,
                        "speedup": one / many, "rounds": {str(n): times[(kind, n)]
                                                          for n in (1, jobs)}}
    return result


def memory(workdir: Path, pages: Sequence[str], megabytes: float, jobs: int,
           progress: Any) -> dict[str, Any]:
    """Peak RSS of corpus mode on a generated JSON Lines file of ``megabytes`` MB."""
    big = workdir / "big.jsonl"
    progress(f"writing {megabytes:,.0f} MB of JSON Lines")
    records, size = write_jsonl(big, pages, megabytes=megabytes)
    out = workdir / "big-out.jsonl"
    progress(f"cleaning it with --jobs {jobs}")
    peaks = peak_memory(newsclean_command("clean", "--jsonl", str(big), "-o", str(out),
                                          "--jobs", str(jobs), "-q"))
    problem = check_jsonl_order(out, records)
    return {"records": records, "mb": size / 1e6, "jobs": jobs, **peaks,
            "mb_per_s": size / 1e6 / peaks["seconds"], "problem": problem}


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    p = data_parser(__doc__)
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    p.add_argument("--scale", type=int, default=10,
                   help="the JSON Lines corpus holds the pages this many times (default 10)")
    p.add_argument("--jobs", type=int, default=2, help="jobs to compare with 1 (default 2)")
    p.add_argument("--memory-mb", type=float, default=1000.0,
                   help="size of the generated file for the memory run (default 1000; 0: skip)")
    p.add_argument("--workdir", type=Path, help="where to write the files (default: temporary)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparisons; print the results; 0 when outputs match, 1 if not, 2 on bad use."""
    args = build_parser().parse_args(argv)
    if not args.data_dir.is_dir() or args.jobs < 2 or args.rounds < 1 or args.scale < 1:
        print("error: DATA_DIR must be a folder, --jobs at least 2, --rounds and --scale at "
              "least 1", file=sys.stderr)
        return 2
    pages = read_texts(args.data_dir)
    progress = (lambda _msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsclean-parallel-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        result: dict[str, Any] = {"versions": versions(), "cpus": os.cpu_count(),
                                  "platform": platform.platform(), "jobs": args.jobs}
        result["speed"] = sp = speed(workdir, args.data_dir, pages, args.scale, args.jobs,
                                     args.rounds, progress)
        print(f"\n| corpus | documents | MB | --jobs 1 (s) | --jobs {args.jobs} (s) | speed-up |")
        print("|---|---:|---:|---:|---:|---:|")
        for kind, label in (("jsonl", f"JSON Lines, pages ×{args.scale}"),
                            ("folder", "text folder, the pages")):
            r = sp[kind]
            print(f"| {label} | {r['documents']:,} | {r['mb']:.1f} | {r['jobs_1_s']:.2f} | "
                  f"{r[f'jobs_{args.jobs}_s']:.2f} | {r['speedup']:.2f} |")
        print("\noutputs identical and in input order: "
              + ("yes" if not sp["problems"] else "NO: " + "; ".join(sp["problems"])))
        if args.memory_mb > 0:
            result["memory"] = m = memory(workdir, pages, args.memory_mb, args.jobs, progress)
            print(f"\nmemory: {m['mb']:,.0f} MB of JSON Lines ({m['records']:,} records), "
                  f"--jobs {args.jobs}: {m['seconds']:,.0f} s ({m['mb_per_s']:.2f} MB/s); "
                  f"peak RSS of the process tree {m['peak_tree_mb']:,.0f} MB (sampled), "
                  f"largest process {m['peak_process_mb']:,.0f} MB (getrusage); output "
                  + ("complete and in order" if not m["problem"] else "WRONG: " + m["problem"]))
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    failed = result["speed"]["problems"] or (result.get("memory") or {}).get("problem")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
