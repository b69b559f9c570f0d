#!/usr/bin/env python3
"""Expected bytes of SimpleVectorStore edits as Python LlamaIndex makes them (run ONCE, commit the output).

For each Python-written vector store file: json.load -> SimpleVectorStoreData.from_dict (the three
known keys, each defaulting to {}; unknown keys such as the legacy text_id_to_doc_id dropped) ->
the operation as llama-index-core's SimpleVectorStore does it -> json.dump(data.to_dict()) with
defaults. Writes ../expected/vector_stores/ops/<case>.json and ops.json (the case list).

Operations (same semantics as simple.py):
  delete(ref_doc_id)          remove every node whose text_id_to_ref_doc_id equals it from all maps
  delete_nodes(ids, filters)  remove nodes in ids (if given) that pass the filters (if given)
  add(node)                   set embedding / ref doc id ("None" when absent) / metadata for the id
                              (an existing id keeps its position, a new one goes last)

Corpus root: $STORESCOPE_CORPUS or ../../../../../shared/corpus from this script. Python 3.11.7.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("STORESCOPE_CORPUS", os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "corpus"))
EXPECTED = os.path.join(HERE, "..", "expected", "vector_stores")
OUT = os.path.join(EXPECTED, "ops")

SOURCES = [
    ("03", "corpus:real/03-KridtinC__ls-chatbot-demo__storage/vector_store.json"),
    ("06", "corpus:real/06-greenl8__JGPT__root/vector_store.json"),
    ("14", "corpus:real/14-gaojs__llamaIndex__storage_index/default__vector_store.json"),
    ("15", "corpus:real/15-Mehmetttzd__mehmetportfolio__backend_storage/default__vector_store.json"),
    ("hybrid", "corpus:ts/hybrid_py_layout_then_ts/default__vector_store.json"),
    ("image", "corpus:ts/hybrid_py_layout_then_ts/image__vector_store.json"),
    ("legacy", "expected:legacy_doc_id_store.json"),
    ("main", "expected:store_main.json"),
]

NEW_VALUES = [0.1, 1e-05, -0.0, 1e16, 2.5e-300, 1.0, 0.30000000000000004, -123456789.123]


def path_of(src):
    kind, rel = src.split(":", 1)
    return os.path.join(CORPUS if kind == "corpus" else EXPECTED, rel)


def load(src):
    with open(path_of(src), "rb") as fh:
        raw = json.load(fh)
    return {k: raw.get(k, {}) for k in ("embedding_dict", "text_id_to_ref_doc_id", "metadata_dict")}


def delete(d, ref_doc_id):
    for text_id in [t for t, r in d["text_id_to_ref_doc_id"].items() if r == ref_doc_id]:
        del d["embedding_dict"][text_id]
        del d["text_id_to_ref_doc_id"][text_id]
        d["metadata_dict"].pop(text_id, None)


def passes(meta, filters):
    if not filters:
        return True
    results = []
    for f in filters["filters"]:
        mv = meta.get(f["key"])
        results.append(mv is not None and mv == f["value"])  # the cases below only use ==
    return all(results) if filters["condition"] == "and" else any(results)


def delete_nodes(d, ids, filters):
    wanted = set(ids) if ids is not None else None
    for node_id in list(d["embedding_dict"]):
        if (wanted is None or node_id in wanted) and (not filters or passes(d["metadata_dict"][node_id], filters)):
            del d["embedding_dict"][node_id]
            del d["text_id_to_ref_doc_id"][node_id]
            d["metadata_dict"].pop(node_id, None)


def add(d, node_id, embedding, ref_doc_id, metadata):
    d["embedding_dict"][node_id] = embedding
    d["text_id_to_ref_doc_id"][node_id] = ref_doc_id or "None"
    d["metadata_dict"][node_id] = metadata


def new_embedding(dim):
    return [NEW_VALUES[i % len(NEW_VALUES)] * (1 + i // len(NEW_VALUES)) for i in range(dim)]


def new_metadata(ref):
    return {"file_name": "caf\u00e9 \U0001F600.txt", "page": 3, "score": 0.5, "flag": True, "tags": ["a", "b"],
            "none": None, "_node_type": "TextNode", "document_id": ref or "None", "doc_id": ref or "None",
            "ref_doc_id": ref or "None"}


def plan(name, d):
    ids = list(d["embedding_dict"])
    dim = len(next(iter(d["embedding_dict"].values()))) if ids else 4
    first_ref = d["text_id_to_ref_doc_id"][ids[0]] if ids and d["text_id_to_ref_doc_id"] else "no-such-doc"
    cases = [
        ("delete_ref", [{"op": "delete", "ref_doc_id": first_ref}]),
        ("delete_nodes_ids", [{"op": "delete_nodes", "node_ids": ids[-1:] + ["no-such-node"]}]),
        ("add_new", [{"op": "add", "id": "storescope-new", "embedding": new_embedding(dim), "ref_doc_id": "doc-new",
                      "metadata": new_metadata("doc-new")}]),
        ("add_no_ref", [{"op": "add", "id": "storescope-orphan", "embedding": new_embedding(dim), "ref_doc_id": None,
                         "metadata": new_metadata(None)}]),
    ]
    if ids:
        cases.append(("add_overwrite_first", [{"op": "add", "id": ids[0], "embedding": new_embedding(dim),
                                               "ref_doc_id": "doc-over", "metadata": new_metadata("doc-over")}]))
    if name == "main":
        cases.append(("delete_nodes_filter", [{"op": "delete_nodes", "node_ids": None,
                                               "filters": {"filters": [{"key": "author", "value": "bob", "operator": "=="}],
                                                           "condition": "and"}}]))
        cases.append(("delete_nodes_ids_and_filter", [{"op": "delete_nodes", "node_ids": ids[:40],
                                                       "filters": {"filters": [{"key": "flag", "value": True, "operator": "=="}],
                                                                   "condition": "and"}}]))
        cases.append(("mixed", [{"op": "delete", "ref_doc_id": "doc-b"},
                                {"op": "add", "id": ids[5], "embedding": new_embedding(dim), "ref_doc_id": "doc-x",
                                 "metadata": new_metadata("doc-x")},
                                {"op": "delete_nodes", "node_ids": [ids[7], ids[9]]},
                                {"op": "add", "id": "storescope-new", "embedding": new_embedding(dim), "ref_doc_id": "doc-new",
                                 "metadata": new_metadata("doc-new")}]))
    return cases


def apply(d, op):
    if op["op"] == "delete":
        delete(d, op["ref_doc_id"])
    elif op["op"] == "delete_nodes":
        delete_nodes(d, op.get("node_ids"), op.get("filters"))
    else:
        add(d, op["id"], op["embedding"], op["ref_doc_id"], op["metadata"])


def legacy_store():
    """A 0.6.0-0.6.17 layout (text_id_to_doc_id, no metadata_dict): 2 nodes, dim 4."""
    return {"embedding_dict": {"n-1": [0.5, -0.25, 1e-05, 2.0], "n-2": [0.1, 0.2, 0.3, 0.4]},
            "text_id_to_doc_id": {"n-1": "doc-1", "n-2": "doc-1"}}


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(EXPECTED, "legacy_doc_id_store.json"), "w") as fh:
        json.dump(legacy_store(), fh)
    manifest = []
    for name, src in SOURCES:
        for case, ops in plan(name, load(src)):
            d = load(src)
            entry = {"name": f"{name} {case}", "source": src, "ops": ops}
            try:
                for op in ops:
                    apply(d, op)
            except KeyError as e:  # Python raises mid-way (after deleting the embedding): recorded, no file
                entry["error"] = f"KeyError: {e}"
                manifest.append(entry)
                continue
            out = f"{name}__{case}.json"
            with open(os.path.join(OUT, out), "w") as fh:
                json.dump(d, fh)
            entry["expected"] = out
            manifest.append(entry)
    with open(os.path.join(OUT, "ops.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
    print(f"{len(manifest)} cases written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
