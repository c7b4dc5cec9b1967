"""A map over worker processes with its results in input order (:func:`ordered_map`).

Each worker has a pipe of its own to this process, and only this process's one thread
reads and writes them: no lock is shared between processes, so a worker stopped at any
moment (Ctrl-C, SIGTERM, a caller that stops reading early) leaves nothing that another
process waits on. (``multiprocessing.Pool`` shares one result queue among its workers, and
its ``terminate()`` can wait for ever on the queue's lock when a worker is stopped while
it writes: CPython issue 96995.)
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar, cast

__all__ = ["CHUNKS_IN_FLIGHT", "CHUNK_SIZE", "WorkerDied", "WorkerError", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

#: Items handed to a worker at once ...
CHUNK_SIZE = 16
#: ... and how many chunks per worker may be done or under way ahead of the results read.
CHUNKS_IN_FLIGHT = 4
#: Seconds a worker has to end after SIGTERM before it is killed.
TERMINATE_GRACE = 2.0


class WorkerError(RuntimeError):
    """A worker could not give back its chunk's results (or its error, which does not
    pickle)."""


class WorkerDied(WorkerError):
    """A worker process ended without giving back its chunk's results (killed from
    outside: by the kernel's out-of-memory killer, or by a user)."""


def ordered_map(
    func: Callable[[T], R], items: Iterable[T], jobs: int = 1, chunksize: int = CHUNK_SIZE
) -> Iterator[R]:
    """``map(func, items)`` over ``jobs`` worker processes, results in input order.

    At most ``jobs * chunksize * CHUNKS_IN_FLIGHT`` items are read ahead of the results, so a
    stream of any length runs in bounded memory. ``func`` and the items must pickle. An
    exception that ``func`` raises in a worker is raised here, after the results of the
    items before it; when the results stop being read (the generator is closed, or an
    exception ends the loop that reads it) the workers are stopped at once.

    The first item is done in this process, before the workers start: what reading the
    first item and running ``func`` build once per process (the rules, their compiled
    patterns and search plans) is then built once, and the forked workers share it instead of
    each building it again while this process reads on.

    >>> list(ordered_map(abs, [-1, 2, -3]))
    [1, 2, 3]
    >>> list(ordered_map(abs, [-1, 2, -3], jobs=2))
    [1, 2, 3]
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    rest = iter(items)
    for first in rest:  # the first item, here
        yield func(first)
        break
    else:  # no items: no workers
        return
    for second in rest:  # more items: the workers start
        rest = chain([second], rest)
        break
    else:  # one item: no workers either
        return
    chunks = iter(lambda: list(islice(rest, chunksize)), [])
    workers = _Workers(func, jobs)
    finished = False
    try:
        yield from workers.results(chunks, jobs * CHUNKS_IN_FLIGHT)
        finished = True
    finally:
        workers.stop(finished)


class _Workers:
    """``jobs`` worker processes, each with its own pipe."""

    def __init__(self, func: Callable[[Any], Any], jobs: int) -> None:
        context = multiprocessing.get_context()
        self.processes: list[Any] = []
        self.pipes: list[Connection] = []
        try:
            for _ in range(jobs):
                here, there = context.Pipe()
                process = context.Process(target=_work, args=(there, func), daemon=True)
                self.pipes.append(here)
                self.processes.append(process)
                process.start()
                there.close()
        except BaseException:
            self.stop(False)
            raise

    def results(self, chunks: Iterator[list[Any]], window: int) -> Iterator[Any]:
        """The results of ``chunks``, in order: each idle worker is given the next chunk
        while fewer than ``window`` chunks are given out and not yet read back; a worker
        gets its next chunk only once its last one's results are read (so neither side of a
        pipe ever writes while the other does)."""
        idle = list(self.pipes)
        busy: dict[Connection, int] = {}  # a worker's pipe: the number of its chunk
        done: dict[int, tuple[list[Any], BaseException | None]] = {}
        given = read = 0
        more = True
        while True:
            while more and idle and given - read < window:
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                    break
                pipe = idle.pop()
                try:
                    pipe.send(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    raise self._died(pipe) from None
                busy[pipe] = given
                given += 1
            if read in done:
                values, error = done.pop(read)
                read += 1
                yield from values
                if error is not None:
                    raise error
                continue
            if not busy:
                return
            for ready in wait(list(busy)):
                pipe = cast(Connection, ready)
                number = busy.pop(pipe)
                try:
                    done[number] = pipe.recv()
                except (EOFError, OSError):
                    raise self._died(pipe) from None
                idle.append(pipe)

    def _died(self, pipe: Connection) -> WorkerDied:
        """The error for the worker at the other end of ``pipe``, which has ended."""
        process = self.processes[self.pipes.index(pipe)]
        process.join(TERMINATE_GRACE)
        code = process.exitcode
        how = f"exit code {code}"
        if code is not None and code < 0:
            try:
                how = f"killed by {signal.Signals(-code).name}"
            except ValueError:
                how = f"killed by signal {-code}"
        return WorkerDied(f"a worker process ended without its results ({how})")

    def stop(self, finished: bool) -> None:
        """End the workers: told to (``finished``: none has work), or stopped at once."""
        for pipe, process in zip(self.pipes, self.processes, strict=True):
            if finished and process.is_alive():
                with contextlib.suppress(OSError):
                    pipe.send(None)
            elif process.pid is not None:
                process.terminate()
        for process in self.processes:
            if process.pid is None:
                continue  # never started
            process.join(TERMINATE_GRACE)
            if process.is_alive():
                process.kill()
                process.join()
        for pipe in self.pipes:
            pipe.close()


def _work(pipe: Connection, func: Callable[[Any], Any]) -> None:
    """A worker: do the chunks that come down ``pipe`` until told to stop (``None``) or
    until this process's end of the pipe closes; send back each chunk's results, and the
    exception that stopped it, if any."""
    _quiet_worker()
    while True:
        try:
            chunk = pipe.recv()
        except (EOFError, OSError):
            return  # the parent has gone
        if chunk is None:
            return
        values: list[Any] = []
        error: BaseException | None = None
        try:
            values.extend(map(func, chunk))
        except Exception as exc:  # raised again in the parent, in its place
            error = exc
        try:
            _send(pipe, values, error)
        except OSError:
            return


def _send(pipe: Connection, values: list[Any], error: BaseException | None) -> None:
    """Send a chunk's results and its error back; what does not pickle is told by name
    (an exception with a lock in it; a result that does not pickle stops the results)."""
    try:
        pipe.send((values, error))
        return
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        failed = exc
    if error is not None:
        try:
            pipe.send((values, WorkerError(f"{type(error).__name__}: {error}")))
            return
        except (pickle.PicklingError, TypeError, AttributeError):
            pass
    pipe.send(([], WorkerError(f"a result could not be sent back ({failed})")))


def _quiet_worker() -> None:
    """In a worker: leave Ctrl-C to the parent, which stops the workers; end at once,
    without a traceback, when the parent terminates it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
