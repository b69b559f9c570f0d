#!/usr/bin/env python3
"""Generates the expected index_store.json bytes for IndexStoreExpectationTest.

Run once from the project root:  python3 src/test/resources/python/index_store_ops.py
Each case loads a corpus file with json.loads, applies what LlamaIndex does to the dict
(KVIndexStore.delete_index_struct / add_index_struct, the index classes' node deletion rules),
and writes the result the way SimpleKVStore persists it (json.dumps defaults; json.dumps(indent=2)
plus the file's trailing newline for the prettier-formatted corpus dir 07).
cases.json lists the cases so the Java test applies exactly the same operations.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.abspath(os.path.join(ROOT, "..", "shared", "corpus"))
OUT = os.path.join(ROOT, "src", "test", "resources", "expected", "index_store")
COLL = "index_store/data"


def decode(rec):
    d = rec["__data__"]
    return (json.loads(d), True) if isinstance(d, str) else (d, False)


def encode(rec, inner, was_string):
    rec["__data__"] = json.dumps(inner) if was_string else inner


def remove_node(rec, node_id):
    inner, s = decode(rec)
    t = rec["__type__"]
    if t in ("vector_store", "multimodal"):
        del inner["nodes_dict"][node_id]                       # IndexDict.delete
    elif t == "list":
        inner["nodes"] = [n for n in inner["nodes"] if n != node_id]  # SummaryIndex._delete_node
    elif t in ("keyword_table", "kg"):
        empty = []
        for kw, ids in inner["table"].items():               # KeywordTableIndex._delete_node
            if node_id in ids:
                ids.remove(node_id)
                if not ids:
                    empty.append(kw)
        for kw in empty:
            del inner["table"][kw]
    elif t == "document_summary":
        sid = inner["node_id_to_summary_id"][node_id]        # IndexDocumentSummary.delete_nodes
        del inner["node_id_to_summary_id"][node_id]
        inner["summary_id_to_node_ids"][sid].remove(node_id)
    else:
        raise ValueError(t)
    encode(rec, inner, s)


def main():
    cases = []

    def case(name, src, ops, indent=None):
        path = os.path.join(CORPUS, src)
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        data = json.loads(text)
        for op in ops:
            kind = op[0]
            if kind == "delete_struct":
                data[COLL].pop(op[1], None)
            elif kind == "remove_node":
                remove_node(data[COLL][op[1]], op[2])
            elif kind == "set_summary":
                rec = data[COLL][op[1]]
                inner, s = decode(rec)
                inner["summary"] = op[2]
                encode(rec, inner, s)
            elif kind == "add_list_struct":
                inner = {"index_id": op[1], "summary": None, "nodes": op[2]}
                data[COLL][op[1]] = {"__type__": "list", "__data__": json.dumps(inner)}
            else:
                raise ValueError(kind)
        if indent is None:
            out = json.dumps(data)
        else:
            out = json.dumps(data, indent=indent) + text[len(text.rstrip()):]
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8", newline="") as f:
            f.write(out)
        cases.append({"name": name, "source": src, "ops": [list(o) for o in ops]})

    def first_struct(src):
        return next(iter(json.load(open(os.path.join(CORPUS, src), encoding="utf-8"))[COLL]))

    def inner_of(src, sid):
        return decode(json.load(open(os.path.join(CORPUS, src), encoding="utf-8"))[COLL][sid])[0]

    src10 = "real/10-ken20c__corolla__root/index_store.json"
    s10 = first_struct(src10)
    n10 = list(inner_of(src10, s10)["nodes_dict"])[5]
    case("10_remove_node_from_nodes_dict", src10, [("remove_node", s10, n10)])

    src01 = "real/01-ktny__study-llamaindex__storage/index_store.json"
    s01 = first_struct(src01)
    n01 = list(inner_of(src01, s01)["nodes_dict"])[0]
    case("01_object_data_remove_node", src01, [("remove_node", s01, n01)])

    src13 = "real/13-Sathiya-Moorthi__RAG_Sathiya__storage/index_store.json"
    ids13 = list(json.load(open(os.path.join(CORPUS, src13), encoding="utf-8"))[COLL])
    case("13_delete_vector_struct", src13, [("delete_struct", ids13[0])])
    kg = inner_of(src13, ids13[1])
    kg_node = next(iter(kg["table"].values()))[0]
    case("13_kg_remove_node_and_overwrite_summary", src13,
         [("remove_node", ids13[1], kg_node), ("set_summary", ids13[0], "Vector index \u00fcber alles")])

    src05 = "real/05-cocosan1__chatgpt__storage_context/index_store.json"
    s05 = first_struct(src05)
    case("05_list_remove_node_add_struct", src05,
         [("remove_node", s05, inner_of(src05, s05)["nodes"][2]), ("add_list_struct", "new-list", ["n-1", "n-\u00e9"])])

    src04 = "real/04-ved-01__josaa-bot__table/index_store.json"
    s04 = first_struct(src04)
    case("04_keyword_table_remove_only_node", src04,
         [("remove_node", s04, inner_of(src04, s04)["table"]["days"][0])])

    src12 = "real/12-biphan380__doc_summary_index__index/index_store.json"
    s12 = first_struct(src12)
    case("12_document_summary_remove_node", src12,
         [("remove_node", s12, list(inner_of(src12, s12)["node_id_to_summary_id"])[7])])

    src07 = "real/07-run-llama__llama_index__storage/index_store.json"
    s07 = first_struct(src07)
    case("07_indented_list_remove_node", src07,
         [("remove_node", s07, inner_of(src07, s07)["nodes"][1])], indent=2)

    with open(os.path.join(OUT, "cases.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
