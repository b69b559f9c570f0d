#!/usr/bin/env python3
"""Generates the expected outputs of Python's json.dumps for the Java writer tests (run ONCE, commit output).

Writes, relative to this script:
  ../expected/json/writer_table.tsv   one case a line: name, kind, input, dumps, indent2_b64
      kind "json":  input = JSON text (tab/newline free; ensure_ascii escapes keep lone surrogates)
                    dumps = json.dumps(json.loads(input))            (default settings, pure ASCII)
      kind "float": input = the IEEE-754 bits as 16 hex digits
                    dumps = json.dumps(the float)
      indent2_b64 = base64 of json.dumps(value, indent=2) (has newlines, hence base64)
  ../expected/json/python_float_repr.txt   "<16 hex bits> <json.dumps(float)>" for 20000 doubles
      from a fixed-seed generator: uniform random bits, subnormals, values near the 1e-4 and 1e16
      notation boundaries, short decimals, integers.

Python 3.11.7 produced the committed files.
"""
import base64
import json
import math
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "expected", "json")


def bits(f):
    return "%016x" % struct.unpack(">Q", struct.pack(">d", f))[0]


def from_bits(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


rows = []


def add_json(name, text):
    assert "\t" not in text and "\n" not in text and "\r" not in text, name
    value = json.loads(text)
    rows.append((name, "json", text, json.dumps(value), json.dumps(value, indent=2)))


def add_value(name, value):
    """A case given as a Python value: its input text is json.dumps(value) (ASCII, keeps lone surrogates)."""
    add_json(name, json.dumps(value))


def add_float(name, f):
    rows.append((name, "float", bits(f), json.dumps(f), json.dumps(f, indent=2)))


# --- floats: spec 2.1 worked list, each as exact bits, and the list as one JSON array
WORKED = [0.1, 1e-05, 0.0001, 1.0, -0.0, 1e+16, 1234567890123456.0, 1.2345678901234568e+16, 1.5e-07,
          123456789.123, 2.5e+300, math.inf, -math.inf, math.nan, 0.30000000000000004, 100.0, 1e+22]
for f in WORKED:
    add_float("worked " + repr(f), f)
add_value("worked list as array", WORKED)

EXTRA = {
    "min subnormal 5e-324": 5e-324,
    "negative min subnormal": -5e-324,
    "subnormal 1e-310": 1e-310,
    "max subnormal": from_bits(0x000FFFFFFFFFFFFF),
    "min normal": 2.2250738585072014e-308,
    "max double": 1.7976931348623157e+308,
    "negative max double": -1.7976931348623157e+308,
    "just below 1e-4": math.nextafter(0.0001, 0),
    "just above 1e-4": math.nextafter(0.0001, 1),
    "9.999e-05": 9.999e-05,
    "0.00012345": 0.00012345,
    "0.001": 0.001,
    "just below 1e16": math.nextafter(1e16, 0),
    "just above 1e16": math.nextafter(1e16, 1e17),
    "9999999999999998.0": 9999999999999998.0,
    "1e15": 1e15,
    "123456789012345.6": 123456789012345.6,
    "2**53": float(2 ** 53),
    "2**53+2": float(2 ** 53 + 2),
    "2**63": float(2 ** 63),
    "1e21": 1e21,
    "1e-7": 1e-7,
    "1.2345678e-7": 1.2345678e-7,
    "one third": 1 / 3,
    "-1.5": -1.5,
    "0.0": 0.0,
    "5e-5": 5e-5,
    "1e100": 1e100,
    "1.7e-300": 1.7e-300,
    "pi": math.pi,
    "e23 rounding case 1e23": 1e23,
    "8.41e21": 8.41e21,
    "5e22": 5e22,
}
for name, f in EXTRA.items():
    add_float(name, f)
# the smallest subnormals: Python stops at one digit (5e-324, 1e-323) where Java's digit generation keeps two
for k in list(range(1, 41)) + [99, 100, 101, 1000, 10 ** 4, 10 ** 5]:
    add_float("subnormal %d * 5e-324" % k, from_bits(k))

# number lexemes read from a file and re-written by Python (normalisation of json.loads -> dumps)
add_json("number lexemes normalised", "[1e-5, 1E16, 0.10, 1.0e0, -0, 0, -0.0, 1e-7, 1.50, 2E+2, 1e400, -1e400, 1e-400, -1e-400]")
add_json("big ints beyond long", "[123456789012345678901234567890, -123456789012345678901234567890, 9223372036854775807, 9223372036854775808, -9223372036854775809]")
add_json("negative zero int", "-0")
add_json("non-finite tokens", "[NaN, Infinity, -Infinity]")
add_json("scalar true", "true")
add_json("scalar null", "null")
add_json("scalar string", "\"abc\"")

# --- strings and escapes
add_value("quote and backslash", "say \"hi\" \\ back\\slash")
add_value("named escapes", "\n\r\t\b\f")
add_value("all C0 controls", "".join(chr(c) for c in range(0x20)))
add_value("DEL 0x7f", "a\x7fb")
add_value("slash not escaped", "a/b</script>")
add_value("printable ASCII", "".join(chr(c) for c in range(0x20, 0x7f)))
add_value("latin-1 and BMP", "caf\u00e9 \u00ff \u0100 \u4e2d\u6587 \u20ac \u2028\u2029 \ufeff \uffff \u0080")
add_value("non-BMP surrogate pairs", "\U0001F600 \U00010000 \U0010FFFF \U0001D11E")
add_value("lone high surrogate", "a\ud800b")
add_value("lone low surrogate", "a\udc00b")
add_value("lone high at end", "end\udbff")
add_value("reversed pair stays two escapes", "\udc00\ud800")
add_value("high followed by high", "\ud83d\ud83d\ude00")
add_json("raw UTF-8 input", "\"caf\u00e9 \u4e2d \U0001F600\"")
add_json("escaped pair input", "\"\\ud83d\\ude00\"")
add_json("uppercase hex escape input", "\"\\u00E9\\u00e9\\u001F\"")
add_json("escaped slash input", "\"a\\/b\"")

# --- containers
add_value("empty object", {})
add_value("empty array", [])
add_value("nested empty object", {"a": {}})
add_value("nested empty array", [[]])
add_value("empties mixed", {"a": [], "b": {}, "c": [{}], "d": [[], {}]})
add_value("unicode keys", {"caf\u00e9": 1, "\u4e2d": {"\U0001F600": "x"}, "a\nb": 2, "q\"k": 3})
add_value("int-like keys keep order", {"10": "a", "2": "b", "1": "c", "-1": "d", "01": "e"})
add_value("python int keys become strings", {1: "a", "b": 2, 0: None})
add_json("duplicate keys last wins at first position", "{\"a\": 1, \"b\": 2, \"a\": 3}")
add_json("duplicate keys nested", "{\"x\": {\"k\": [1], \"k\": {\"z\": true}}, \"y\": null}")
add_value("mixed nesting", {"docstore/data": {"n1": {"__data__": {"id_": "n1", "embedding": [0.1, -2.5e-300, 1e-07],
                                                                   "metadata": {"page": 3, "ok": True, "none": None,
                                                                                "tags": ["a", "\u00e9"]},
                                                                   "text": "line1\nline2\t\"q\""},
                                                      "__type__": "1"}},
                            "docstore/metadata": {"n1": {"doc_hash": "abc"}}, "docstore/ref_doc_info": {}})
add_value("deep nesting", [[[[[{"a": [[{"b": {}}]]}]]]]])
add_value("double-encoded __data__", {"__type__": "vector_store",
                                      "__data__": json.dumps({"index_id": "i", "summary": None,
                                                              "nodes_dict": {"n\u00e9": "x"}})})
add_json("whitespace in input", "  {  \"a\" :  [ 1 ,  2 ] }   ")

# --- 20k random doubles for PythonFloat
rnd = random.Random(20240601)
floats = []
for i in range(20000):
    kind = i % 8
    if kind in (0, 1, 2):  # uniform random bit patterns (all exponents, some NaN/inf)
        f = from_bits(rnd.getrandbits(64))
    elif kind == 3:  # subnormals and tiny normals
        f = from_bits(rnd.getrandbits(53) | (rnd.getrandbits(1) << 63))
    elif kind == 4:  # around the fixed/scientific boundaries 1e-4 and 1e16
        base = rnd.choice([1e-4, 1e-5, 1e15, 1e16, 1e17])
        f = base * rnd.uniform(0.5, 10.5)
        if rnd.random() < 0.3:
            f = math.nextafter(base, base * (2 if rnd.random() < 0.5 else 0.5))
    elif kind == 5:  # short decimals (shortest-digit cases)
        f = float("%d.%de%d" % (rnd.randint(1, 9), rnd.randint(0, 99999), rnd.randint(-30, 30)))
    elif kind == 6:  # integers as floats
        f = float(rnd.randint(-2 ** 70, 2 ** 70) >> rnd.randint(0, 70))
    else:  # exponents near 0 with full mantissas
        f = rnd.uniform(-1e6, 1e6) * 10.0 ** rnd.randint(-8, 20)
    if rnd.random() < 0.1:
        f = -f
    floats.append(f)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "writer_table.tsv"), "w", encoding="utf-8", newline="\n") as out:
    out.write("# generated by src/test/resources/python/writer_table.py with Python %s\n" % sys.version.split()[0])
    out.write("# name\tkind\tinput\tjson.dumps\tbase64(json.dumps(indent=2))\n")
    for name, kind, inp, dumps, ind in rows:
        assert dumps.isascii() and "\t" not in dumps and "\n" not in dumps
        out.write("\t".join([name, kind, inp, dumps, base64.b64encode(ind.encode("ascii")).decode("ascii")]) + "\n")
with open(os.path.join(OUT, "python_float_repr.txt"), "w", encoding="ascii", newline="\n") as out:
    out.write("# <IEEE-754 bits hex> <json.dumps(float)>, Python %s, writer_table.py\n" % sys.version.split()[0])
    for f in floats:
        out.write(bits(f) + " " + json.dumps(f) + "\n")
print(len(rows), "table rows,", len(floats), "floats")
