# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""The GIL is released while extracting, so Python threads run extractions in parallel.

Timing "two threads in the time of one" is fragile on a shared 2-core machine, so the proofs are
about what the GIL forbids: (1) both threads are inside extract() at once for most of the run —
with the GIL held, one call would finish before the other began; (2) while both are inside,
each thread's own CPU clock advances, in the same intervals — a thread kept out by the GIL (or
any lock) gains no CPU time. Both fail when the binding keeps the GIL (checked by building it
so). The wall-clock speed-up is printed for the record."""
import threading
import time

import pytest

import vanban


@pytest.fixture(scope="module")
def big_text(seed_text):
    # long enough for one extraction to take about half a second here
    copies = 20
    while True:
        text = (seed_text + "\n") * copies
        start = time.perf_counter()
        vanban.extract(text)
        seconds = time.perf_counter() - start
        if seconds >= 0.4 or copies >= 20000:
            return text, seconds
        copies = int(copies * min(10.0, 0.5 / max(seconds, 1e-3)) + 1)


def test_two_threads_are_inside_extract_at_the_same_time(big_text):
    text, one = big_text
    flags = [threading.Event(), threading.Event()]
    done = [threading.Event(), threading.Event()]
    cpu = [0.0, 0.0]
    barrier = threading.Barrier(3)

    def worker(k):
        barrier.wait()
        c0 = time.thread_time()
        flags[k].set()
        vanban.extract(text)
        done[k].set()
        cpu[k] = time.thread_time() - c0

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    barrier.wait()
    w0 = time.perf_counter()
    # Sample from the main thread: time during which both workers were between entering and
    # leaving extract(), counted only over short steps between samples. A call holding the GIL
    # would stop this loop for its whole duration, so at most the instants around the calls
    # could be counted, never a large part of an extraction.
    both = 0.0
    last = None
    while not (done[0].is_set() and done[1].is_set()):
        now = time.perf_counter()
        inside = all(f.is_set() for f in flags) and not any(d.is_set() for d in done)
        if inside and last is not None and now - last < 0.05:
            both += now - last
        last = now if inside else None
    wall = time.perf_counter() - w0
    for t in threads:
        t.join()
    print(f"one extraction alone {one:.3f} s; two in threads: wall {wall:.3f} s (speed-up {2 * one / wall:.2f}x), "
          f"thread CPU {sum(cpu):.3f} s (CPU/wall {sum(cpu) / wall:.2f}), both inside extract for {both:.3f} s")
    assert both > 0.5 * one


def test_both_threads_gain_cpu_time_at_once(big_text):
    # Robust on a loaded machine: read each worker's own CPU clock while both are inside
    # extract(). A thread kept out (by the GIL or any lock) gains no CPU time, so with the GIL
    # held only one clock would advance at a time; released, both advance in the same intervals
    # (on two free cores: two extractions in the time of one).
    text, _ = big_text
    c0 = time.thread_time()
    vanban.extract(text)
    solo = time.thread_time() - c0
    started = [threading.Event(), threading.Event()]
    barrier = threading.Barrier(3)

    def worker(k):
        barrier.wait()
        started[k].set()
        vanban.extract(text)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    barrier.wait()
    for s in started:
        s.wait()
    gained = [0.0, 0.0]
    samples = both = 0
    try:
        clocks = [time.pthread_getcpuclockid(t.ident) for t in threads]
        previous = [time.clock_gettime(c) for c in clocks]
    except OSError:  # a worker already ended: it held the GIL for its whole call
        clocks = []
    while clocks and all(t.is_alive() for t in threads):
        time.sleep(0.01)
        try:
            now = [time.clock_gettime(c) for c in clocks]
        except OSError:  # a thread ended between is_alive() and the read
            break
        step = [n - p for n, p in zip(now, previous)]
        previous = now
        samples += 1
        both += all(s > 0 for s in step)
        gained = [g + s for g, s in zip(gained, step)]
    for t in threads:
        t.join()
    print(f"one extraction: {solo:.3f} CPU-s; while both were inside extract() each gained "
          f"{gained[0]:.3f} and {gained[1]:.3f} CPU-s; both advanced in {both} of {samples} intervals")
    assert min(gained) > 0.4 * solo
    assert both > 0.2 * samples  # held, the GIL lets one clock advance at a time: none
