# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""kill -9 in the middle of a -j 2 run over the whole corpus leaves no partial output and loses
no finished one, and the rerun finishes with a tree byte-identical to a clean run (manifest
included)."""
import json
import signal
import subprocess
import time



def tree(root):
    """Every file under root: relative name → bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def kill_when(cli, args, outputs_wanted, out):
    """Starts vanban, kills it with SIGKILL once `outputs_wanted` outputs exist."""
    p = subprocess.Popen([cli, *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while p.poll() is None and time.monotonic() < deadline:
        if out.is_dir() and sum(1 for _ in out.rglob("*.json")) >= outputs_wanted:
            break
        time.sleep(0.02)
    assert p.poll() is None, "the run ended before it could be killed"
    p.send_signal(signal.SIGKILL)
    p.wait()
    p.stderr.close()
    return p.returncode


def test_kill_9_then_rerun_gives_the_clean_tree(cli, run, corpus, tmp_path):
    n = sum(1 for _ in corpus.glob("*.txt"))
    clean_dir = tmp_path / "clean"
    r = run("extract", "-q", "-o", clean_dir, "-j", "2", corpus)
    assert r.returncode == 0, r.stderr[-2000:]
    clean = tree(clean_dir)
    assert len(clean) == n + 1  # the outputs and the manifest

    out = tmp_path / "killed"
    args = ["extract", "-o", out, "-j", "2", corpus]
    for wanted in (n // 4, n // 2):
        assert kill_when(cli, args, wanted, out) == -signal.SIGKILL
        left = tree(out)
        done = [k for k in left if k.endswith(".json")]
        assert wanted <= len(done) < n
        for k in done:
            # every output present is complete: the clean run's bytes exactly
            assert left[k] == clean[k], k
        others = [k for k in left if not k.endswith(".json")]
        assert all(k == ".vanban-manifest" or k.split("/")[-1].startswith(".vanban-tmp-") for k in others), others

    again = run("extract", "-o", out, "-j", "2", corpus)
    assert again.returncode == 0, again.stderr[-2000:]
    err = again.stderr.decode()
    print(err.splitlines()[-1])
    skipped = int(err.split(" converted, ")[1].split(" skipped")[0])
    # each stamp is written before its output is renamed into place, so every output the kill
    # left is skipped, and nothing else is (a worker running ahead of the ordered results
    # used to leave outputs without stamps, which were then made again)
    assert skipped == len(done)
    assert tree(out) == clean

    # and a run after that has nothing to do
    idle = run("extract", "-o", out, "-j", "2", corpus)
    assert f"{n} inputs: 0 converted, {n} skipped".encode() in idle.stderr
    assert tree(out) == clean
    json.loads((out / sorted(k for k in clean if k.endswith(".json"))[0]).read_bytes())
