#!/usr/bin/env bash
# The native (ahead-of-time compiled) binary must do what the .NET program does, byte for byte. This script
# publishes it as the README says, builds the JIT-compiled program beside it, runs both on the same cases and
# compares every deck, every output line and every exit code:
#   every example with every built-in template; a template whose logo and background are JPEGs with EXIF (one
#   without a JFIF header, one downscaled); a reference deck; Word, Markdown and plain-text fixtures; standard input;
#   outline --json, outline files (--format md and json) and convert of them; templates list/new/check; snapshot text and json; Scriban builtins and plan functions; errors.
# It takes minutes (the native compiler is slow), so it runs after `dotnet test` in .ci/run, not inside it.
# Skips with a reason, exit 0, where no native binary can be built or run here.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

skip() { echo "native-smoke: skipped: $*"; exit 0; }
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) RID=linux-x64
    grep -qw avx2 /proc/cpuinfo || skip "the native binary is compiled for x86-64-v3 (AVX2) and this processor lacks AVX2" ;;
  Linux-aarch64) RID=linux-arm64 ;;
  *) skip "no native build is set up for $(uname -s)-$(uname -m)" ;;
esac
command -v gcc >/dev/null 2>&1 || command -v clang >/dev/null 2>&1 \
  || skip "no C compiler to link a native binary (apt-get install gcc, or clang)"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "native-smoke: publishing the native binary ($RID)"
start=$(date +%s)
dotnet publish src/SlideGen.Cli -c Release -r "$RID" --artifacts-path "$WORK/artifacts" -o "$WORK/native" -nologo -v quiet
echo "native-smoke: published in $(( $(date +%s) - start )) s, slidegen is $(du -m "$WORK/native/slidegen" | cut -f1) MB"
dotnet build src/SlideGen.Cli -c Release --artifacts-path "$WORK/artifacts" -nologo -v quiet
JIT_DLL="$WORK/artifacts/bin/SlideGen.Cli/release/slidegen.dll"

# Templates made for the comparison, from the default one.
CASES="$WORK/cases"
mkdir -p "$CASES"
cp -r templates/default "$CASES/photos"
cp tests/native/logo-exif.jpg tests/native/background-exif.jpg "$CASES/photos/"
sed -i 's/"slideSize": "16:9",/"slideSize": "16:9", "logo": "logo-exif.jpg", "background": "background-exif.jpg",/' "$CASES/photos/template.json"
cp -r templates/default "$CASES/builtins"
cat > "$CASES/builtins/deck.sbn" <<'SBN'
{{
names = [array, date, html, math, object, regex, string, timespan] | array.each @(do; ret $0 | object.keys | array.join " "; end)
slide { kind: "title", title: "builtins", bullets: names }
slide { kind: "content", title: ("abcdef" | string.slice 1 2) + ("abc" | string.index_of "c") + ({a: 1} | object.has_key "a") + (date.parse "2024-01-02" | date.to_string "%Y") + (math.round 2.5) + (zh_number 1005), bullets: [(join_text ["a", null, "", 3, true] "|"), { text: "sub", level: 1, emphasis: true }, 3] }
}}
SBN
for bad in zh_number_arguments unknown_field; do cp -r templates/default "$CASES/$bad"; done
sed -i 's/^slide { kind: "closing".*/x = zh_number\nslide { kind: "closing", title: x }/' "$CASES/zh_number_arguments/deck.sbn"
sed -i 's/^slide { kind: "closing".*/slide { kind: "closing", title: doc.titel }/' "$CASES/unknown_field/deck.sbn"
cp -r templates/default "$CASES/bad_json"
sed -i 's/"slideSize": "16:9",/"slideSize": 16, "colour": 1,/' "$CASES/bad_json/template.json"
REFERENCE=""
if command -v pandoc >/dev/null 2>&1; then
  pandoc -o "$CASES/pandoc-reference.pptx" --print-default-data-file reference.pptx
  REFERENCE="$CASES/pandoc-reference.pptx"
fi

# run_all OUT PROGRAM... : every case, each command's stdout, stderr and exit code in OUT/NAME.{out,err,rc}.
run_all() {
  local out=$1; shift
  local program=("$@")
  mkdir -p "$out/decks"
  run() {
    local name=$1; shift
    set +e
    "${program[@]}" "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo $? >"$out/$name.rc"
    set -e
  }
  local input name template
  for input in examples/*; do
    name=$(basename "$input")
    for template in default official dark "$CASES/photos" "$CASES/builtins"; do
      run "convert-$name-$(basename "$template")" convert "$input" -t "$template" -o "$out/decks/$name-$(basename "$template").pptx"
    done
    [ -n "$REFERENCE" ] && run "convert-$name-reference" convert "$input" --reference "$REFERENCE" -o "$out/decks/$name-reference.pptx"
    run "outline-$name" outline "$input" --json
    run "outline-text-$name" outline "$input"
    # The outline as an editable file, and the deck made from it (byte-identical to the document's: tested in dotnet test).
    mkdir -p "$out/outlines"
    run "outline-md-$name" outline "$input" --format md -t official -o "$out/outlines/$name.md"
    run "outline-json-file-$name" outline "$input" --format json -o "$out/outlines/$name.json"
    run "convert-outline-md-$name" convert "$out/outlines/$name.md" -o "$out/decks/$name-outline-md.pptx"
    run "convert-outline-json-$name" convert "$out/outlines/$name.json" -o "$out/decks/$name-outline-json.pptx"
  done
  printf -- '---\nslidegen: outline 1\ntitle: "T"\n---\n\n## `1.` Too deep\n' >"$CASES/bad-outline.md"
  run error-outline convert "$CASES/bad-outline.md" -o "$out/decks/error.pptx"
  for input in tests/SlideGen.Tests/Fixtures/Readers/*.docx tests/SlideGen.Tests/Fixtures/Readers/*.md tests/SlideGen.Tests/Fixtures/Frontend/*.txt; do
    name=$(basename "$input")
    run "convert-$name" convert "$input" -o "$out/decks/$name.pptx"
    run "outline-$name" outline "$input" --json
  done
  run convert-stdin convert - -o "$out/decks/stdin.pptx" < examples/party-branch-speech.txt
  for template in zh_number_arguments unknown_field bad_json; do
    run "error-$template" convert examples/party-branch-speech.txt -t "$CASES/$template" -o "$out/decks/error.pptx"
  done
  run error-missing-input convert "$CASES/missing.txt" -o "$out/decks/error.pptx"
  run error-unknown-command frobnicate
  run templates-list templates list
  run templates-list-json templates list --json
  mkdir -p "$out/new"
  run templates-new templates new mine --from official -o "$out/new"
  run templates-check-new templates check "$out/new/mine"
  for template in default official dark "$CASES/photos"; do run "templates-check-$(basename "$template")" templates check "$template"; done
  local deck
  for deck in "$out"/decks/*.pptx; do
    run "snapshot-$(basename "$deck")" snapshot "$deck"
    run "snapshot-json-$(basename "$deck")" snapshot "$deck" --format json
  done
  [ -n "$REFERENCE" ] && run snapshot-pandoc snapshot "$REFERENCE" --format json
  # Paths differ only by where each program and its output live.
  find "$out" -name '*.out' -o -name '*.err' | xargs sed -i -e "s#$out#OUT#g" -e "s#$WORK/native/#PROGRAM/#g" -e "s#$WORK/artifacts/bin/SlideGen.Cli/release/#PROGRAM/#g"
}

export SOURCE_DATE_EPOCH=1700000000
echo "native-smoke: running every case with the JIT-compiled program"
run_all "$WORK/jit" dotnet "$JIT_DLL"
echo "native-smoke: running every case with the native binary"
run_all "$WORK/aot" "$WORK/native/slidegen"

cases=$(find "$WORK/jit" -name '*.rc' | wc -l)
decks=$(find "$WORK/jit/decks" -name '*.pptx' | wc -l)
if ! diff -r "$WORK/jit" "$WORK/aot" >"$WORK/differences"; then
  echo "native-smoke: FAILED: the native binary differs from the JIT-compiled program:"
  head -n 60 "$WORK/differences"
  exit 1
fi
grep -q 'string.slice\|slice1' "$WORK/jit/snapshot-party-branch-speech.txt-builtins.pptx.out" \
  || { echo "native-smoke: FAILED: the builtins deck does not list Scriban's builtins"; exit 1; }
echo "native-smoke: ok: $cases commands and $decks decks identical between the native binary and the JIT-compiled program"
