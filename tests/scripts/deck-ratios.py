#!/usr/bin/env python3
"""Prints slides / (gold points + 4) per corpus document (issue 15's measure: 0.6 to 1.6 is right).

usage: python3 tests/scripts/deck-ratios.py [CORPUS] [-- extra convert options]
Gold points are the required leaves of the gold outline: optional points are dropped first, then every point
with no required point under it counts once. Slides are counted with the built Release CLI (build it first).
"""
import json, os, subprocess, sys, tempfile, zipfile, re

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
args = sys.argv[1:]
extra = []
if '--' in args:
    i = args.index('--'); extra = args[i + 1:]; args = args[:i]
corpus = args[0] if args else '/work/shared/corpus'
cli = os.path.join(repo, 'src/SlideGen.Cli/bin/Release/net10.0/slidegen.dll')
if not os.path.exists(cli):
    cli = next(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(repo, 'src/SlideGen.Cli/bin/Release')) for f in fs if f in ('slidegen.dll', 'SlideGen.Cli.dll'))

def leaves(nodes):
    n = 0
    for node in nodes or []:
        if node.get('optional'):
            continue
        below = leaves(node.get('children'))
        n += below if below else 1
    return n

bad = 0
print(f"{'document':62} {'gold':>5} {'slides':>6} {'ratio':>6}")
with tempfile.TemporaryDirectory() as tmp:
    for name in sorted(os.listdir(corpus)):
        if not re.search(r'\.(txt|md|docx)$', name) or name == 'SOURCES.md':
            continue
        gold_name = name + '.json' if name.endswith('.docx') else os.path.splitext(name)[0] + '.json'
        gold_path = os.path.join(corpus, 'gold', gold_name)
        if not os.path.exists(gold_path):
            continue
        gold = leaves(json.load(open(gold_path, encoding='utf-8')).get('sections'))
        out = os.path.join(tmp, 'deck.pptx')
        r = subprocess.run(['dotnet', cli, 'convert', os.path.join(corpus, name), '-o', out] + extra, capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{name:62} {gold:5} failed: {r.stderr.strip()[:80]}"); bad += 1; continue
        with zipfile.ZipFile(out) as z:
            slides = sum(1 for n in z.namelist() if re.fullmatch(r'ppt/slides/slide\d+\.xml', n))
        ratio = slides / (gold + 4)
        ok = 0.6 <= ratio <= 1.6
        bad += not ok
        print(f"{name:62} {gold:5} {slides:6} {ratio:6.2f}{'' if ok else '  <- out of 0.6-1.6'}")
print(f"{bad} out of range")
