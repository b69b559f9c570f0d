"""Expected docstore.json bytes after delete_document / delete_ref_doc (run once with python3 3.11; outputs committed).

Applies LlamaIndex core 0.14 KVDocumentStore semantics (keyval_docstore.py: delete_document,
_remove_from_ref_doc_node, delete_ref_doc, get_ref_doc_info/_remove_legacy_info) to the plain dict
that json.load gives for a corpus docstore.json, then writes json.dumps(defaults) like SimpleKVStore.persist.

The KV layer mirrors StoreScope's documented deviation: reads and deletes do not create missing
collections (core <= 0.12.40 behaviour; >= 0.12.41 would add empty collections on read).

Usage: python3 docstore_ops.py <corpus dir> <output dir>
Writes <output dir>/<case>.json and <output dir>/cases.json.
"""
import json
import os
import sys

NS = "docstore"
DATA, META, REF = NS + "/data", NS + "/metadata", NS + "/ref_doc_info"

CASES = [
    # name, corpus dir, op, id, expected error (raise_error=True) or None
    ("16_delete_node_with_sibling", "real/16-nitzannossery__mid-project325694537__storage_summary",
     "delete_document", "487c9ff4-3864-4e55-8a30-4f85b05a998c", None),
    ("16_delete_ref_doc", "real/16-nitzannossery__mid-project325694537__storage_summary",
     "delete_ref_doc", "e3f22241-7870-4261-942f-91f2463c7ce5", None),
    ("13_delete_last_node", "real/13-Sathiya-Moorthi__RAG_Sathiya__storage",
     "delete_document", "9f4bff31-90d3-4b0c-9fcb-f6aa3d53402f", None),
    ("15_delete_ref_doc", "real/15-Mehmetttzd__mehmetportfolio__backend_storage",
     "delete_ref_doc", "79c04cc6-7a84-4540-b3bb-2e125739b5ac", None),
    ("03_legacy_ref_doc_delete_last_node", "real/03-KridtinC__ls-chatbot-demo__storage",
     "delete_document", "da9c4c1f-c313-4264-9250-3b68d97b4a70", None),
    ("01_legacy_delete_node", "real/01-ktny__study-llamaindex__storage",
     "delete_document", "ed1a37fe-0bbd-4166-a8b9-c31dc89a2b6b", None),
    ("01_delete_metadata_only_id_raises", "real/01-ktny__study-llamaindex__storage",
     "delete_document", "8f0eb82b-5e1a-4c32-a5cb-747f43cb12b5",
     "doc_id 8f0eb82b-5e1a-4c32-a5cb-747f43cb12b5 not found."),
    ("hybrid_delete_ref_doc", "ts/hybrid_py_layout_then_ts", "delete_ref_doc", "doc-0", None),
    ("hybrid_delete_node_with_sibling", "ts/hybrid_py_layout_then_ts", "delete_document", "n-1", None),
    ("hybrid_delete_last_node", "ts/hybrid_py_layout_then_ts", "delete_document", "n-2", None),
    ("hybrid_delete_ref_doc_missing_raises", "ts/hybrid_py_layout_then_ts", "delete_ref_doc", "doc-9",
     "ref_doc_id doc-9 not found."),
]


class KV:
    def __init__(self, data):
        self.data = data

    def get(self, key, collection):
        c = self.data.get(collection)
        if c is None or key not in c:
            return None
        return dict(c[key])

    def put(self, key, val, collection):
        self.data.setdefault(collection, {})[key] = dict(val)

    def delete(self, key, collection):
        c = self.data.get(collection)
        if c is None or key not in c:
            return False
        del c[key]
        return True


class DocStore:
    def __init__(self, kv):
        self.kv = kv

    def get_ref_doc_info(self, ref_doc_id):
        d = self.kv.get(ref_doc_id, REF)
        if not d:
            return None
        if "doc_ids" in d:
            d["node_ids"] = d.get("doc_ids", [])
            d.pop("doc_ids")
            d["metadata"] = d.get("extra_info", {})
            d.pop("extra_info")
        return {"node_ids": list(d.get("node_ids", [])), "metadata": d.get("metadata", {})}

    def _remove_from_ref_doc_node(self, doc_id):
        md = self.kv.get(doc_id, META)
        ref_doc_id = None if md is None else md.get("ref_doc_id", None)
        if ref_doc_id is None:
            return
        info = self.get_ref_doc_info(ref_doc_id)
        if info is None:
            return
        if doc_id in info["node_ids"]:
            info["node_ids"].remove(doc_id)
        if len(info["node_ids"]) > 0:
            self.kv.put(ref_doc_id, {"node_ids": info["node_ids"], "metadata": info["metadata"]}, REF)
        else:
            self.kv.delete(ref_doc_id, META)
            self.kv.delete(ref_doc_id, DATA)
            self.kv.delete(ref_doc_id, REF)

    def delete_document(self, doc_id, raise_error=True):
        self._remove_from_ref_doc_node(doc_id)
        ok = self.kv.delete(doc_id, DATA)
        self.kv.delete(doc_id, META)
        if not ok and raise_error:
            raise ValueError(f"doc_id {doc_id} not found.")

    def delete_ref_doc(self, ref_doc_id, raise_error=True):
        info = self.get_ref_doc_info(ref_doc_id)
        if info is None:
            if raise_error:
                raise ValueError(f"ref_doc_id {ref_doc_id} not found.")
            return
        for doc_id in list(info["node_ids"]):
            self.delete_document(doc_id, raise_error=False)
        self.kv.delete(ref_doc_id, REF)
        self.kv.delete(ref_doc_id, META)
        self.kv.delete(ref_doc_id, DATA)


def main(corpus, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    listing = []
    for name, rel, op, ident, error in CASES:
        path = os.path.join(corpus, rel, "docstore.json")
        raw = open(path, "rb").read()
        data = json.loads(raw)
        assert json.dumps(data).encode() == raw, f"{rel}: not a json.dumps-default file"
        ds = DocStore(KV(data))
        got_error = None
        try:
            getattr(ds, op)(ident, raise_error=True)
        except ValueError as e:
            got_error = str(e)
        assert got_error == error, (name, got_error, error)
        with open(os.path.join(out_dir, name + ".json"), "wb") as f:
            f.write(json.dumps(data).encode())
        listing.append({"name": name, "corpus": rel, "op": op, "id": ident, "error": error})
    with open(os.path.join(out_dir, "cases.json"), "w") as f:
        f.write(json.dumps(listing, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
