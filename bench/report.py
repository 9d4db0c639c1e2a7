"""Runs the native and WASM benchmarks and prints the README table.

    python3 bench/report.py BUILD_DIR SHARED
"""
import gzip
import json
import os
import platform
import subprocess
import sys
import time

build, shared = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
inputs = os.path.join(build, 'bench', 'inputs')
subprocess.run([sys.executable, os.path.join(root, 'bench', 'inputs.py'), shared, inputs], check=True)


def lines_of(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return {j.get('input') or 'scaling-' + j['scaling']: j for j in map(json.loads, out.splitlines())}


native = lines_of([os.path.join(build, 'bench', 'bench', 'galley_bench'), inputs])
alternated = {k[len('scaling-'):]: native.pop(k) for k in [k for k in native if k.startswith('scaling-')]}
wasm = lines_of(['node', os.path.join(root, 'bench', 'wasm.mjs'), inputs, os.path.join(build, 'web')])


class Server:
    """A benchmark in --serve mode: 'PATH RUNS' in, the median milliseconds out."""

    def __init__(self, cmd, cpu):
        # (Both on one processor: the two never run at once, and on this shared machine one
        # processor can be slowed for a minute while the other is not.)
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     preexec_fn=lambda: os.sched_setaffinity(0, {cpu}))

    def ms(self, path, runs):
        self.proc.stdin.write('%s %d\n' % (path, runs))
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def alternated_ratios(names, rounds=7):
    """WASM/native for each input, the two timed in alternation (the first of each round
    alternating too): the two tables above time the module minutes after the native code,
    and this machine's speed drifts by more than the ratio's margin in that time. The
    median of the rounds' ratios, and their range."""
    cpu = max(os.sched_getaffinity(0))
    native_server = Server([os.path.join(build, 'bench', 'bench', 'galley_bench'), '--serve'], cpu)
    wasm_server = Server(['node', os.path.join(root, 'bench', 'wasm.mjs'), '--serve', os.path.join(build, 'web')], cpu)
    out = {}
    try:
        for name in names:
            path = os.path.join(inputs, name + '.txt')
            size = os.path.getsize(path)
            runs = 1 if size > 4 << 20 else 3 if size > 512 << 10 else 9
            ratios = []
            for r in range(rounds):
                if r % 2:
                    w = wasm_server.ms(path, runs)
                    n = native_server.ms(path, runs)
                else:
                    n = native_server.ms(path, runs)
                    w = wasm_server.ms(path, runs)
                ratios.append(w / n)
            ratios.sort()
            out[name] = (ratios[len(ratios) // 2], ratios[0], ratios[-1])
    finally:
        native_server.close()
        wasm_server.close()
    return out


alternated_wasm = alternated_ratios(list(native))

# The stages one by one in WebAssembly: bench.cpp built as the module is (wasm/CMakeLists.txt,
# galley_bench_wasm), over the pages and the 1 MB documents.
wasm_bench = os.path.join(build, 'bench-wasm', 'wasm', 'galley_bench_wasm.cjs')
wasm_stages = {}
if os.path.exists(wasm_bench):
    subset = os.path.join(build, 'bench', 'inputs-wasm-stages')
    os.makedirs(subset, exist_ok=True)
    for name in ['page-seed000', 'page-seed002', 'zh-1MB', 'en-1MB', 'worst-one-huge-line']:
        link = os.path.join(subset, name + '.txt')
        if os.path.exists(os.path.join(inputs, name + '.txt')) and not os.path.lexists(link):
            os.symlink(os.path.abspath(os.path.join(inputs, name + '.txt')), link)
    # (--no-experimental-fetch: Emscripten 3.1.6's loader fetches the .wasm when fetch exists,
    # which in Node 18 and later it does, and fails on a file path.)
    wasm_stages = lines_of(['node', '--no-experimental-fetch', wasm_bench, subset])

# Peak memory of the CLI on the largest inputs, as a multiple of the input size.
cli = os.path.join(build, 'native', 'cli', 'galley')


def peak_bytes(path):
    # (A fresh process, so the benchmark's own memory is not counted.)
    return int(subprocess.run([sys.executable, '-c', 'import resource,subprocess,sys; subprocess.run(sys.argv[1:], check=True, '
                               'stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)',
                               cli, '--format', 'json', path], check=True, capture_output=True, text=True).stdout) * 1024


peaks = {name: peak_bytes(os.path.join(inputs, name + '.txt')) for name in ['zh-10MB', 'en-10MB']
         if os.path.exists(os.path.join(inputs, name + '.txt'))}

def cpu_and_memory():
    """The processor's model name and the memory, as Linux reports them (elsewhere what platform knows)."""
    model, mem_gb = platform.processor() or platform.machine(), None
    try:
        with open('/proc/cpuinfo') as f:
            model = next((l.split(':', 1)[1].strip() for l in f if l.startswith('model name')), model)
        with open('/proc/meminfo') as f:
            mem_gb = int(f.readline().split()[1]) / 2**20
    except OSError:
        pass
    return model, mem_gb


model, mem_gb = cpu_and_memory()
print('machine: %s, %d cores%s, %s' % (model, os.cpu_count(), ', %.0f GB' % mem_gb if mem_gb else '', platform.platform()))
print()
# Two ratios: the module's call as JS objects against the native pipeline (the first), and
# like for like, the module's JSON text against the native pipeline plus its to_json.
# The third, timed in alternation with the native code (alternated_ratios).
print('| input | size | native ms | native MB/s | NFC pass MB/s | WASM ms | WASM MB/s | WASM/native | same, JSON text out | WASM/native alternated (range) | slowest stage |')
print('|---|---|---|---|---|---|---|---|---|---|---|')
nan = float('nan')
for name, n in native.items():
    w = wasm.get(name, {})
    stages = n['stages_ms']
    slow = max(stages, key=stages.get)
    alt = alternated_wasm.get(name, (nan, nan, nan))
    print('| %s | %.2f MB | %.2f | %.0f | %.0f | %.2f | %.0f | %.2f | %.2f | %.2f (%.2f–%.2f) | %s (%.1f ms) |' % (
        name, n['bytes'] / 1e6, n['ms'], n['mb_per_s'], n['nfc_mb_per_s'], w.get('ms', nan), w.get('mb_per_s', nan),
        w.get('ms', nan) / n['ms'], w.get('json_ms', nan) / (n['ms'] + stages['render_json']), *alt, slow, stages[slow]))
print()
if wasm_stages:
    # (Each stage over every page, as the native benchmark times them; ratios of medians
    # taken a minute apart, so within this machine's drift.)
    stage_names = list(next(iter(wasm_stages.values()))['stages_ms'])
    print('| stage by stage, WASM ms / native ms | whole | ' + ' | '.join(stage_names) + ' |')
    print('|---|---|' + '---|' * len(stage_names))
    for name, w in wasm_stages.items():
        n = native[name]
        cells = ['%.2f / %.2f (%.2f)' % (w['stages_ms'][k], n['stages_ms'][k], w['stages_ms'][k] / max(n['stages_ms'][k], 1e-3))
                 for k in stage_names]
        print('| %s | %.2f / %.2f (%.2f) | %s |' % (name, w['ms'], n['ms'], w['ms'] / n['ms'], ' | '.join(cells)))
    print()
for lang in ['zh', 'en']:
    small, large = native.get(lang + '-1MB'), native.get(lang + '-10MB')
    if small and large:
        print('scaling %s: time(10 MB) / time(1 MB) = %.2f (CPU time: %.2f); page faults per run %d and %d' % (
            lang, large['ms'] / small['ms'], large['cpu_ms'] / small['cpu_ms'], small['faults_per_run'], large['faults_per_run']))
    if lang in alternated:
        a = alternated[lang]
        print('scaling %s, the two timed in alternation (7 rounds): median %.2f (rounds %.2f to %.2f)' % (lang, a['median'], a['low'], a['high']))
if native:
    hp = next(iter(native.values())).get('huge_pages')
    print('native memory: %s' % ('transparent huge pages, as the CLI asks for them (GALLEY_HUGE_PAGES=0 to measure without)'
                                 if hp else '4 KB pages (no huge pages: GALLEY_HUGE_PAGES=0, or the kernel does not offer them on request)'))
# The CLI as archive teams run it, one fresh process per input (median wall time of three):
# the in-process ratio above also counts how this machine's allocator and caches treat a
# long-running process.
# Once on one thread (--jobs 1), once as the CLI runs by default, the pages on every processor.
def cli_seconds(path, jobs, runs=3):
    t = []
    for _ in range(runs):
        a = time.perf_counter()
        subprocess.run([cli, '--format', 'json', '--jobs', str(jobs), path], check=True, stdout=subprocess.DEVNULL)
        t.append(time.perf_counter() - a)
    return sorted(t)[len(t) // 2]


for lang in ['zh', 'en']:
    small, large = (os.path.join(inputs, '%s-%s.txt' % (lang, size)) for size in ('1MB', '10MB'))
    if os.path.exists(small) and os.path.exists(large):
        for jobs, how in ((1, 'one thread'), (0, '%d threads, the default' % os.cpu_count())):
            s1, s10 = cli_seconds(small, jobs), cli_seconds(large, jobs)
            print('CLI %s (fresh process, JSON out, %s): 1 MB %.3f s, 10 MB %.3f s (%.0f MB/s), scaling %.2f' % (
                lang, how, s1, s10, os.path.getsize(large) / 1e6 / s10, s10 / s1))
for name, peak in peaks.items():
    print('peak memory of the CLI on %s (its default threads): %.0f MB (%.1f x input)' % (name, peak / 1e6, peak / os.path.getsize(os.path.join(inputs, name + '.txt'))))
# Python's zlib and GNU gzip give a few KB apart on the same bytes; the budget test
# (tests/node/size.test.mjs) holds the module to gzip -9's measure.
total = 0
for f in ['galley-module.wasm', 'galley-module.cjs']:
    p = os.path.join(build, 'web', f)
    n = len(subprocess.run(['gzip', '-9', '-c', p], capture_output=True, check=True).stdout)
    total += n
    print('gzipped %s: %.1f KB (gzip -9), %.1f KB (Python zlib 9)' % (f, n / 1024, len(gzip.compress(open(p, 'rb').read(), 9)) / 1024))
print('module + glue: %.1f KB gzipped (gzip -9; budget 150 KB)' % (total / 1024))
