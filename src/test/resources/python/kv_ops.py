#!/usr/bin/env python3
"""Expected bytes of SimpleKVStore edits as Python LlamaIndex makes them (run ONCE, commit the output).

For each corpus file: json.load -> the ops below (what SimpleKVStore.put / delete do to the dict:
overwrite keeps the key's position, a new key or collection goes last, delete + put moves a key last)
-> json.dump with defaults. Writes ../expected/kvstore/kv_ops.json (the cases: source file, ops with
values as JSON text, expected file name, style) and one expected output file per case.

Indented files (07-run-llama, prettier-formatted): Python itself would rewrite them on one line; the
Java store keeps the file's own style. For them the expected bytes are json.dumps(indent=2) + "\\n",
which this script first checks reproduces the untouched file exactly (so it is a faithful model of
that file's formatting).

Corpus root: $STORESCOPE_CORPUS or ../../../../../shared/corpus from this script. Python 3.11.7.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("STORESCOPE_CORPUS", os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "corpus"))
OUT = os.path.join(HERE, "..", "expected", "kvstore")

NEW_VALUE = ('{"text": "caf\u00e9 \u4e2d\u6587 \U0001F600 tab\\there \\"q\\" back\\\\slash /", '
             '"embedding": [1e-7, 0.1, -2.5e-300, 1E16, 1.50, 100, -0.0, 1e22], '
             '"big": 123456789012345678901234567890, "nan": NaN, "inf": -Infinity, '
             '"nested": {"empty": {}, "list": [], "none": null, "flag": true}}')
OVERWRITE_VALUE = '{"__data__": {"id_": "overwritten", "metadata": {"page": 2, "\u00fcber": "gr\u00fc\u00df"}}, "__type__": "1"}'
EXTRA_VALUE = '{"doc_hash": "abc", "score": 0.30000000000000004}'

SOURCES = [
    ("01 docstore (0.6.0)", "real/01-ktny__study-llamaindex__storage/docstore.json"),
    ("01 index_store", "real/01-ktny__study-llamaindex__storage/index_store.json"),
    ("06 docstore", "real/06-greenl8__JGPT__root/docstore.json"),
    ("13 index_store (69 KB)", "real/13-Sathiya-Moorthi__RAG_Sathiya__storage/index_store.json"),
    ("16 docstore", "real/16-nitzannossery__mid-project325694537__storage_summary/docstore.json"),
    ("19 docstore", "real/19-AnupamPatil899__Hybrid-Graph-RAG-Personal-AI-Assistant__storage/docstore.json"),
    ("07 docstore (indent 2)", "real/07-run-llama__llama_index__storage/docstore.json"),
    ("07 index_store (indent 2)", "real/07-run-llama__llama_index__storage/index_store.json"),
]


def plan(d):
    """The ops for one file, chosen from its own keys."""
    cols = [c for c in d if d[c]]
    c0 = cols[0]
    keys0 = list(d[c0])
    ops = [{"op": "put", "collection": c0, "key": "storescope-new", "value": NEW_VALUE}]
    over = keys0[1] if len(keys0) > 1 else keys0[0]
    ops.append({"op": "put", "collection": c0, "key": over, "value": OVERWRITE_VALUE})
    last = cols[-1]
    victim = next((k for k in d[last] if k != over), None)
    if victim is not None:
        ops.append({"op": "delete", "collection": last, "key": victim})
    if len(keys0) > 2 and keys0[0] not in (over, victim):
        ops.append({"op": "delete", "collection": c0, "key": keys0[0]})
        ops.append({"op": "put", "collection": c0, "key": keys0[0], "value": EXTRA_VALUE})
    ops.append({"op": "put", "collection": "storescope/extra", "key": "k\u00e9y", "value": EXTRA_VALUE})
    return ops


def apply(d, ops):
    for op in ops:
        if op["op"] == "put":
            d.setdefault(op["collection"], {})[op["key"]] = dict(json.loads(op["value"]))
        else:
            del d[op["collection"]][op["key"]]


cases = []
os.makedirs(OUT, exist_ok=True)
for name, rel in SOURCES:
    with open(os.path.join(CORPUS, rel), "rb") as f:
        raw = f.read()
    d = json.loads(raw)
    if json.dumps(d).encode("ascii") == raw:
        style, dump = "python", lambda x: json.dumps(x)
    elif (json.dumps(d, indent=2) + "\n").encode("ascii") == raw:
        style, dump = "indent2", lambda x: json.dumps(x, indent=2) + "\n"
    else:
        sys.exit("neither json.dumps nor indent=2 reproduces " + rel)
    ops = plan(d)
    apply(d, ops)
    expected = rel.split("/")[1].split("__")[0] + "__" + os.path.basename(rel)
    with open(os.path.join(OUT, expected), "wb") as f:
        f.write(dump(d).encode("ascii"))
    cases.append({"name": name, "source": rel, "style": style, "ops": ops, "expected": expected})

with open(os.path.join(OUT, "kv_ops.json"), "w", encoding="ascii") as f:
    json.dump({"generator": "src/test/resources/python/kv_ops.py", "python": sys.version.split()[0], "cases": cases}, f, indent=1)
print(len(cases), "cases")
