"""Expected values for PythonReprTest and NodeHasherTest (run once with python3 3.11; output committed).

Usage: python3 python_repr_cases.py > ../expected/docstore/python_repr_cases.json
Each case: {"json": <JSON text>, "repr": repr(json.loads(text)), "str": str(json.loads(text)),
            "hash": sha256((str(text_part) + str(value)).encode("utf-8", "surrogatepass")) with text_part "T\\ud800x"}
"""
import hashlib
import json
import sys

CASES = [
    # spec §4.8 example dict
    '{"file_name": "a.txt", "page": 1, "score": 0.5, "tags": ["x", "y"], "ok": true, "none": null,'
    ' "q": "it\'s", "qq": "say \\"hi\\"", "both": "it\'s \\"x\\"", "uni": "h\\u00e9llo\\u200b"}',
    '{"file_name": "a.txt"}',
    '{}', '[]', '[[]]', '{"a": {"b": [1, "x", null, {}]}}',
    '"plain"', '""', '"it\'s"', '"say \\"hi\\""', '"it\'s \\"x\\""', '"back\\\\slash"', '"\'"', '"\\""',
    '"tab\\tnl\\ncr\\r"', '"\\u0000\\u0001\\u001f\\u007f"', '"\\u0080\\u009f\\u00a0\\u00ad\\u00e9\\u00ff"',
    '"\\u0100\\u0378\\u200b\\u2028\\u2029\\u3000\\ufeff\\ue000\\uffff"', '"\\u65e5\\u672c\\u8a9e \\u0e2a\\u0e32"',
    '"\\ud83d\\ude00 emoji"', '"\\udb40\\udc01 tag"', '"\\udbff\\udfff max"', '"\\ud800 lone high"', '"lone low \\udfff"',
    '"\\udc00\\ud800 reversed"', '"mix \'\\u00a0\\"\\\\\\n\\u200b\\ud800"',
    '1', '-0', '0', '12345678901234567890123456789', '-42', '1.0', '-0.0', '0.5', '1e-05', '0.0001', '1e16', '1E5',
    '1.5e300', '123456789.123', '0.30000000000000004', '1e400', '-1e400', 'NaN', 'Infinity', '-Infinity',
    'true', 'false', 'null',
    '{"k\'": "v", "\\u00e9": ["\\u200b", 2.5, -1, true, null], "n": {"x": NaN}}',
]


def main():
    out = []
    for text in CASES:
        value = json.loads(text)
        h = hashlib.sha256(("T\ud800x" + str(value)).encode("utf-8", "surrogatepass")).hexdigest()
        out.append({"json": text, "repr": repr(value), "str": str(value), "hash": h})
    sys.stdout.write(json.dumps(out, indent=1))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
