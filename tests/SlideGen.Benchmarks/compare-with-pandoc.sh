#!/usr/bin/env bash
# Whole-command times of SlideGen against pandoc, on this machine, in one run, for the targets of issue 7:
#   (a) one speech:     slidegen convert speech.txt        vs  pandoc speech.md -o x.pptx         target <= 0.75
#   (b) 200 speeches:   slidegen convert txt/ -o out/      vs  200 pandoc runs, xargs -P nproc    target <= 0.10
#   (c) long speech:    slidegen convert speech-x30.txt    vs  slidegen convert speech.txt        target <= 8
#   (d) peak memory of one conversion (/usr/bin/time -v, maximum resident set size)            target <= 150 MB
#
# Usage (from anywhere):  tests/SlideGen.Benchmarks/compare-with-pandoc.sh
# Environment:
#   SLIDEGEN   the slidegen command. Default: publish/slidegen in the repository (made by
#              `dotnet publish src/SlideGen.Cli -c Release -r linux-x64 -o publish`) if present, else
#              `dotnet <slidegen.dll>` built here with `dotnet build -c Release` (the JIT build).
#   ARTIFACTS  where this script builds (default /tmp/slidegen-compare-build)
#   RUNS       hyperfine runs per command for (a) and (c) (default 10); (b) uses a third of it, at least 3
#   KEEP=1     keep the work folder (inputs, decks, hyperfine JSON) and print its path
#
# The speech is examples/party-branch-speech.txt. pandoc gets it as Markdown, made by one documented transformation:
# the first line (the title) becomes "# title", parts (一、二、…) become "## " headings and sub-parts (（一）…)
# "### " headings; every other paragraph is left as it is. The 30-times speech is the one the per-stage
# benchmarks use (ExampleInputs.cs: the body repeated 30 times, parts numbered on to 九十、).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTIFACTS="${ARTIFACTS:-/tmp/slidegen-compare-build}"
RUNS="${RUNS:-10}"
BATCH_RUNS=$(( RUNS / 3 > 3 ? RUNS / 3 : 3 ))
JOBS="$(nproc)"

for tool in hyperfine pandoc python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "compare-with-pandoc.sh: $tool is needed (apt-get install hyperfine pandoc time python3)" >&2; exit 2; }
done

cd "$ROOT"
echo "building (dotnet build -c Release --artifacts-path $ARTIFACTS) ..." >&2
dotnet build src/SlideGen.Cli -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
dotnet build tests/SlideGen.Benchmarks -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
if [[ -z "${SLIDEGEN:-}" ]]; then
  if [[ -x "$ROOT/publish/slidegen" ]]; then SLIDEGEN="$ROOT/publish/slidegen"
  else SLIDEGEN="dotnet $ARTIFACTS/bin/SlideGen.Cli/release/slidegen.dll"; fi
fi

WORK="$(mktemp -d /tmp/slidegen-compare-XXXXXX)"
[[ "${KEEP:-}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/txt" "$WORK/md" "$WORK/out"

cp examples/party-branch-speech.txt "$WORK/speech.txt"
# Alternation rather than a bracket expression: it matches the Chinese numerals byte by byte in any locale.
sed -E '1s/^/# /; s/^((一|二|三|四|五|六|七|八|九|十)+、)/## \1/; s/^(（(一|二|三|四|五|六|七|八|九|十)+）)/### \1/' \
  "$WORK/speech.txt" > "$WORK/speech.md"
dotnet "$ARTIFACTS/bin/SlideGen.Benchmarks/release/SlideGen.Benchmarks.dll" --write-inputs "$WORK/generated"
cp "$WORK/generated/party-branch-speech-x30.txt" "$WORK/speech-x30.txt"
for i in $(seq -w 1 200); do
  cp "$WORK/speech.txt" "$WORK/txt/speech-$i.txt"
  cp "$WORK/speech.md" "$WORK/md/speech-$i.md"
done

# Both converters must work on these inputs before they are timed.
$SLIDEGEN convert "$WORK/speech.txt" -o "$WORK/check.pptx" --quiet
pandoc "$WORK/speech.md" -o "$WORK/check-pandoc.pptx"

cd "$WORK"
echo "(a) one speech" >&2
hyperfine -N --warmup 3 --runs "$RUNS" --export-json a.json \
  -n slidegen "$SLIDEGEN convert speech.txt -o a-slidegen.pptx --quiet" \
  -n pandoc "pandoc speech.md -o a-pandoc.pptx" >&2
echo "(b) 200 speeches, $JOBS at a time" >&2
hyperfine --warmup 1 --runs "$BATCH_RUNS" --export-json b.json \
  -n slidegen "$SLIDEGEN convert txt -o out --quiet" \
  -n pandoc "find md -name '*.md' -print0 | xargs -0 -P $JOBS -I{} pandoc {} -o {}.pptx" >&2
echo "(c) a speech 30 times longer" >&2
hyperfine -N --warmup 2 --runs "$RUNS" --export-json c.json \
  -n speech "$SLIDEGEN convert speech.txt -o c-1.pptx --quiet" \
  -n speech-x30 "$SLIDEGEN convert speech-x30.txt -o c-30.pptx --quiet" >&2
echo "(d) peak memory" >&2
peak_kb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'; }
# shellcheck disable=SC2086 # SLIDEGEN may be "dotnet path/slidegen.dll"
echo "slidegen $(peak_kb $SLIDEGEN convert speech.txt -o d-1.pptx --quiet)" > d.txt
# shellcheck disable=SC2086
echo "slidegen-x30 $(peak_kb $SLIDEGEN convert speech-x30.txt -o d-30.pptx --quiet)" >> d.txt
echo "pandoc $(peak_kb pandoc speech.md -o d-pandoc.pptx)" >> d.txt

SLIDEGEN="$SLIDEGEN" JOBS="$JOBS" python3 - <<'PY'
import json, os, platform, subprocess

def means(name):
    results = json.load(open(name))["results"]
    return {r["command"]: (r["mean"], r["stddev"] or 0.0) for r in results}

a, b, c = means("a.json"), means("b.json"), means("c.json")
peak = {line.split()[0]: int(line.split()[1]) / 1024 for line in open("d.txt")}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]

def t(entry): return f"{entry[0] * 1000:.0f} ± {entry[1] * 1000:.0f} ms" if entry[0] < 10 else f"{entry[0]:.2f} ± {entry[1]:.2f} s"

rows = [
    ("(a) one speech vs pandoc", t(a["slidegen"]), t(a["pandoc"]), a["slidegen"][0] / a["pandoc"][0], 0.75),
    ("(b) 200 speeches vs 200 pandoc runs", t(b["slidegen"]), t(b["pandoc"]), b["slidegen"][0] / b["pandoc"][0], 0.10),
    ("(c) speech x30 vs speech", t(c["speech-x30"]), t(c["speech"]), c["speech-x30"][0] / c["speech"][0], 8.0),
]
print(f"machine: {os.environ['JOBS']} cores (nproc), {cpu}; {pandoc}")
print(f"slidegen: {os.environ['SLIDEGEN']}")
print()
print(f"| {'measure':<36} | {'slidegen':>18} | {'compared with':>18} | {'ratio':>6} | {'target':>7} | met |")
print(f"|{'-' * 38}|{'-' * 19}:|{'-' * 19}:|{'-' * 7}:|{'-' * 8}:|-----|")
for name, mine, theirs, ratio, target in rows:
    print(f"| {name:<36} | {mine:>18} | {theirs:>18} | {ratio:>6.2f} | {'<= ' + str(target):>7} | {'yes' if ratio <= target else 'NO':<3} |")
met = peak["slidegen"] <= 150
print(f"| {'(d) peak memory, one speech':<36} | {peak['slidegen']:>15.0f} MB | {'pandoc ' + format(peak['pandoc'], '.0f') + ' MB':>18} | {'':>6} | {'<= 150':>7} | {'yes' if met else 'NO':<3} |")
print(f"| {'    peak memory, speech x30':<36} | {peak['slidegen-x30']:>15.0f} MB | {'':>18} | {'':>6} | {'':>7} |     |")
PY
[[ "${KEEP:-}" == 1 ]] && echo "work folder: $WORK" >&2
exit 0
