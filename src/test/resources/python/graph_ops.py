#!/usr/bin/env python3
"""Expected outputs for the graph store tests (dev.storescope.graph_stores).

Re-implements, on plain dicts, what llama-index-core's SimpleGraphStore and
SimplePropertyGraphStore / LabelledPropertyGraph do (graph_stores/simple.py,
simple_labelled.py, types.py), applies the same operations to corpus files and to
small fixtures, and writes:

  expected/graph_stores/fixtures/*.json   input files made here (0.10.x-style copy of corpus 19, rel-map graphs)
  expected/graph_stores/out/*.json        the bytes a store must write after each case
  expected/graph_stores/cases.json        the cases: input, operations, expected file or query result

Serialization: Python-style files are written with json.dumps defaults (what SimpleGraphStore.persist
and pydantic v1 .json() write). The pydantic v2 compact file (corpus 19) is written with
json.dumps(separators=(',', ':'), ensure_ascii=False) while keeping every float's original lexeme:
plain json.dumps does NOT reproduce that file, because pydantic-core formats floats differently
from Python's repr (0.000088219735 vs 8.8219735e-05); with lexemes kept it reproduces it byte for
byte (asserted below). Text after the closing brace of a file (a prettier newline) is kept.

Deviations from the literal Python code, on purpose (see the Java Javadoc):
  * SimpleGraphStore.delete: Python tests `(rel, obj) in graph_dict[subj]` (a tuple against lists),
    which is never true, so Python never deletes; here the intended removal (spec 7.1) is applied.
    assert_python_delete_is_a_no_op() shows the literal behaviour.
  * LabelledPropertyGraph.triplets is a Python set (random order); here a list in file order.

Run from the repository root:  python3 src/test/resources/python/graph_ops.py ../shared/corpus
"""
import json
import os
import re
import sys

CORPUS = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
OUT = "src/test/resources/expected/graph_stores"
FIX = os.path.join(OUT, "fixtures")
EXP = os.path.join(OUT, "out")

PLACEHOLDER = "\u0000F"


class Lexeme:
    """A float kept as its original text (pydantic rewrites a loaded float with the same text)."""


def load(path, keep_lexemes=False):
    raw = open(path, "rb").read()
    end = raw.rfind(b"}") + 1
    start = len(raw) - len(raw.lstrip())
    pf = (lambda s: PLACEHOLDER + s + "\u0000") if keep_lexemes else None
    return json.loads(raw, parse_float=pf), raw[:start], raw[end:], raw


def dumps(d, style):
    if style == "python":
        return json.dumps(d).encode()
    s = json.dumps(d, separators=(",", ":"), ensure_ascii=False)
    return re.sub(r'"\\u0000F([^"\\]*)\\u0000"', lambda m: m.group(1), s).encode("utf-8")


# ---------------------------------------------------------------- SimpleGraphStore (simple.py)

def sg_upsert(g, subj, rel, obj):
    if subj not in g:
        g[subj] = []
    existing = g[subj]
    if (rel, obj) not in map(tuple, existing):
        existing.append([rel, obj])


def sg_delete(g, subj, rel, obj):
    # intended semantics; Python's literal `(rel, obj) in g[subj]` never matches (see module doc)
    if subj in g:
        if [rel, obj] in g[subj]:
            g[subj].remove([rel, obj])
            if len(g[subj]) == 0:
                del g[subj]


def assert_python_delete_is_a_no_op():
    g = {"A": [["r", "B"]]}
    if ("r", "B") in g["A"]:  # the literal test of SimpleGraphStore.delete
        raise AssertionError("tuple in list-of-lists unexpectedly true")


def sg_get_rel_map(g, subjs=None, depth=2, limit=30):
    if subjs is None:
        subjs = list(g.keys())
    rel_map = {}
    for subj in subjs:
        rel_map[subj] = _sg_rel_map(g, subj, depth=depth, limit=limit)
    rel_count = 0
    return_map = {}
    for subj in rel_map:
        if rel_count + len(rel_map[subj]) > limit:
            return_map[subj] = rel_map[subj][: limit - rel_count]
            break
        else:
            return_map[subj] = rel_map[subj]
            rel_count += len(rel_map[subj])
    return return_map


def _sg_rel_map(g, subj, depth=2, limit=30):
    if depth == 0:
        return []
    rel_map = []
    rel_count = 0
    if subj in g:
        for rel, obj in g[subj]:
            if rel_count >= limit:
                break
            rel_map.append([subj, rel, obj])
            rel_map += _sg_rel_map(g, obj, depth=depth - 1)
            rel_count += 1
    return rel_map


# ---------------------------------------------------- SimplePropertyGraphStore (simple_labelled.py)

def node_id(n):
    if "name" in n:
        return n["name"].replace('"', " ")
    return n.get("id_")


def rel_key(r):
    return f"{r['source_id']}_{r['label']}_{r['target_id']}"


def props(x):
    return x.get("properties") or {}


def all_triplets(g):
    out = []
    for s, r, o in g["triplets"]:
        out.append((g["nodes"][s], g["relations"][f"{s}_{r}_{o}"], g["nodes"][o]))
    return out


def pg_get(g, properties=None, ids=None):
    nodes = list(g["nodes"].values())
    if properties:
        nodes = [n for n in nodes if any(props(n).get(k) == v for k, v in properties.items())]
    if ids:
        nodes = [n for n in nodes if node_id(n) in ids]
    return nodes


def pg_get_triplets(g, entity_names=None, relation_names=None, properties=None, ids=None):
    if not ids and not properties and not entity_names and not relation_names:
        return []
    triplets = all_triplets(g)
    if entity_names:
        triplets = [t for t in triplets if node_id(t[0]) in entity_names or node_id(t[2]) in entity_names]
    if relation_names:
        triplets = [t for t in triplets if t[1]["label"] in relation_names]
    if properties:
        triplets = [t for t in triplets if any(
            props(t[0]).get(k) == v or props(t[1]).get(k) == v or props(t[2]).get(k) == v
            for k, v in properties.items())]
    if ids:
        triplets = [t for t in triplets if any(node_id(t[0]) == i or node_id(t[2]) == i for i in ids)]
    return triplets


def triplet_str(t):
    return json.dumps([("name" in t[0]), t[0], t[1], ("name" in t[2]), t[2]], sort_keys=False)


def pg_get_rel_map(g, node_ids, depth=2, limit=30, ignore_rels=None):
    triplets = []
    cur_depth = 0
    graph_triplets = pg_get_triplets(g, ids=node_ids)
    seen = set()
    while len(graph_triplets) > 0 and cur_depth < depth:
        triplets.extend(graph_triplets)
        graph_triplets = pg_get_triplets(g, entity_names=[node_id(t[2]) for t in graph_triplets])
        graph_triplets = [t for t in graph_triplets if triplet_str(t) not in seen]
        seen.update([triplet_str(t) for t in graph_triplets])
        cur_depth += 1
    ignore_rels = ignore_rels or []
    triplets = [t for t in triplets if t[1]["label"] not in ignore_rels]
    return triplets[:limit]


def make_node(spec):
    if spec["kind"] == "entity":
        return {"label": spec.get("label", "entity"), "embedding": spec.get("embedding"),
                "properties": spec.get("properties", {}), "name": spec["name"]}
    return {"label": spec.get("label", "text_chunk"), "embedding": spec.get("embedding"),
            "properties": spec.get("properties", {}), "text": spec["text"], "id_": spec.get("id_")}


def make_relation(spec):
    return {"label": spec["label"], "source_id": spec["source_id"], "target_id": spec["target_id"],
            "properties": spec.get("properties", {})}


def pg_add_triplet(g, subj, rel, obj):
    t = [node_id(subj), rel["label"], node_id(obj)]
    if t in g["triplets"]:
        return
    g["triplets"].append(t)
    g["nodes"][node_id(subj)] = subj
    g["nodes"][node_id(obj)] = obj
    g["relations"][rel_key(rel)] = rel


def pg_upsert_relations(g, rels):
    for r in rels:
        if r["source_id"] not in g["nodes"]:
            g["nodes"][r["source_id"]] = make_node({"kind": "entity", "name": r["source_id"]})
        if r["target_id"] not in g["nodes"]:
            g["nodes"][r["target_id"]] = make_node({"kind": "entity", "name": r["target_id"]})
        pg_add_triplet(g, g["nodes"][r["source_id"]], r, g["nodes"][r["target_id"]])


def pg_delete(g, entity_names=None, relation_names=None, properties=None, ids=None):
    for subj, rel, obj in pg_get_triplets(g, entity_names, relation_names, properties, ids):
        t = [node_id(subj), rel["label"], node_id(obj)]
        if t not in g["triplets"]:
            continue
        g["triplets"].remove(t)
        if node_id(subj) in g["nodes"]:
            del g["nodes"][node_id(subj)]
        if node_id(obj) in g["nodes"]:
            del g["nodes"][node_id(obj)]
        if rel_key(rel) in g["relations"]:
            del g["relations"][rel_key(rel)]
    for n in pg_get(g, properties, ids):
        if node_id(n) in g["nodes"]:
            del g["nodes"][node_id(n)]


def apply_pg(g, op):
    kind = op[0]
    if kind == "upsert_nodes":
        for spec in op[1]:
            n = make_node(spec)
            g["nodes"][node_id(n)] = n
    elif kind == "upsert_relations":
        pg_upsert_relations(g, [make_relation(s) for s in op[1]])
    elif kind == "delete":
        a = op[1]
        pg_delete(g, a.get("entity_names"), a.get("relation_names"), a.get("properties"), a.get("ids"))
    else:
        raise ValueError(kind)


def apply_sg(g, op):
    if op[0] == "upsert":
        sg_upsert(g["graph_dict"], *op[1:])
    elif op[0] == "delete":
        sg_delete(g["graph_dict"], *op[1:])
    else:
        raise ValueError(op[0])


def ids_of(triplets):
    return [[node_id(s), r["label"], node_id(o)] for s, r, o in triplets]


# ---------------------------------------------------------------- cases

cases = []


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def input_path(inp):
    return os.path.join(CORPUS, inp[len("corpus:"):]) if inp.startswith("corpus:") else os.path.join(FIX, inp[len("fixture:"):])


def op_case(name, store, inp, style, ops):
    keep = style == "compact"
    d, lead, trail, raw = load(input_path(inp), keep_lexemes=keep)
    reproduced = lead + dumps(d, style) + trail
    exact = reproduced == raw
    for op in ops:
        (apply_sg if store == "simple" else apply_pg)(d, op)
    out = lead + dumps(d, style) + trail
    fname = name + ".json"
    write(os.path.join(EXP, fname), out)
    cases.append({"name": name, "store": store, "input": inp, "ops": ops, "expected": "out/" + fname,
                  "serializer_reproduces_input": exact})


def query_case(name, store, inp, query):
    d, _, _, _ = load(input_path(inp))
    c = {"name": name, "store": store, "input": inp, "query": query}
    try:
        if store == "simple":
            c["result"] = sg_get_rel_map(d["graph_dict"], query.get("subjs"), query.get("depth", 2), query.get("limit", 30))
        elif query["op"] == "get_rel_map":
            c["result"] = ids_of(pg_get_rel_map(d, query["nodes"], query.get("depth", 2), query.get("limit", 30), query.get("ignore_rels")))
        elif query["op"] == "get_triplets":
            c["result"] = ids_of(pg_get_triplets(d, query.get("entity_names"), query.get("relation_names"), query.get("properties"), query.get("ids")))
        elif query["op"] == "get":
            c["result"] = [node_id(n) for n in pg_get(d, query.get("properties"), query.get("ids"))]
        else:
            raise ValueError(query["op"])
    except RecursionError:
        c["error"] = "RecursionError"
    except KeyError as e:
        c["error"] = "KeyError: " + repr(e.args[0])
    cases.append(c)


def main():
    assert_python_delete_is_a_no_op()
    os.makedirs(FIX, exist_ok=True)

    # fixtures ------------------------------------------------------------------
    rel_graph = {"graph_dict": {
        "A": [["r1", "B"], ["r2", "C"], ["loop", "A"]],
        "B": [["r4", "C"], ["r5", "D"]],
        "C": [["r6", "A"]],
        "E": [["e%d" % i, "X%d" % i] for i in range(40)],
        "caf\u00e9 \u2615": [["likes", "A"]],
    }}
    write(os.path.join(FIX, "graph_relmap.json"), json.dumps(rel_graph).encode())

    g19, _, _, _ = load(os.path.join(CORPUS, "real/19-AnupamPatil899__Hybrid-Graph-RAG-Personal-AI-Assistant__storage/property_graph_store.json"))
    write(os.path.join(FIX, "pg19_python_style.json"), json.dumps(g19).encode())  # what 0.10.x (pydantic v1 .json()) writes

    def ent(name, label="PERSON", **p):
        return {"label": label, "embedding": None, "properties": p, "name": name}

    def rel(s, l, t, **p):
        return {"label": l, "source_id": s, "target_id": t, "properties": p}
    pg = {"nodes": {
        "Alice": ent("Alice", triplet_source_id="c1", age=30),
        "Bob": ent("Bob", triplet_source_id="c1", age=30.0),
        "Carol": ent("Carol", triplet_source_id="c2", flag=True),
        "Dave": ent("Dave", "entity"),
        "Say  hi ": ent('Say "hi"', "QUOTE", triplet_source_id="c2"),
        "c1": {"label": "text_chunk", "embedding": [0.1, 0.2], "properties": {"ref_doc_id": "d1"}, "text": "Alice knows Bob.", "id_": "c1"},
        "c2": {"label": "text_chunk", "embedding": None, "properties": {"ref_doc_id": "d2"}, "text": "Carol \u00e9t\u00e9.", "id_": "c2"},
    }, "relations": {}, "triplets": []}
    for s, l, t, p in [("Alice", "KNOWS", "Bob", {"triplet_source_id": "c1"}), ("Bob", "KNOWS", "Carol", {}),
                       ("Carol", "KNOWS", "Alice", {"since": 2020}), ("Carol", "LIKES", "Dave", {}),
                       ("c1", "MENTIONS", "Alice", {}), ("Say  hi ", "QUOTES", "Bob", {})]:
        r = rel(s, l, t, **p)
        pg["relations"][rel_key(r)] = r
        pg["triplets"].append([s, l, t])
    write(os.path.join(FIX, "pg_small.json"), json.dumps(pg, separators=(",", ":"), ensure_ascii=False).encode())
    broken = json.loads(json.dumps(pg))
    del broken["relations"]["Carol_LIKES_Dave"]
    write(os.path.join(FIX, "pg_broken.json"), json.dumps(broken, separators=(",", ":"), ensure_ascii=False).encode())

    # SimpleGraphStore operations -------------------------------------------------
    c13 = "corpus:real/13-Sathiya-Moorthi__RAG_Sathiya__storage/graph_store.json"
    c07 = "corpus:real/07-run-llama__llama_index__storage/graph_store.json"
    cts = "corpus:ts/hybrid_py_layout_then_ts/graph_store.json"
    op_case("sg13_upsert_existing_subject", "simple", c13, "python", [["upsert", "File", "Has", "Tests"]])
    op_case("sg13_upsert_duplicate", "simple", c13, "python", [["upsert", "File", "Is for", "Testing purposes"]])
    op_case("sg13_upsert_new_subjects", "simple", c13, "python",
            [["upsert", "caf\u00e9 \u2615", "serves", "\U0001F600 \"quoted\" back\\slash"], ["upsert", "Zed", "is", "last"]])
    op_case("sg13_delete_last_pair_removes_subject", "simple", c13, "python",
            [["delete", "File_path", "Is", "D:\\gen ai project\\rag battle\\rag-battle\\data\\dummy_txt.txt"]])
    op_case("sg13_delete_absent", "simple", c13, "python",
            [["delete", "File", "Is for", "nothing"], ["delete", "Nobody", "Is", "x"]])
    op_case("sg13_upsert_then_delete", "simple", c13, "python",
            [["upsert", "File", "Has", "Tests"], ["upsert", "File", "Has", "More"], ["delete", "File", "Has", "Tests"]])
    op_case("sg13_delete_all", "simple", c13, "python",
            [["delete", "File", "Is for", "Testing purposes"],
             ["delete", "File_path", "Is", "D:\\gen ai project\\rag battle\\rag-battle\\data\\dummy_txt.txt"]])
    op_case("sg07_upsert", "simple", c07, "python", [["upsert", "Alice", "knows", "Bob"], ["upsert", "Alice", "works at", "Acme"]])
    op_case("sgts_upsert", "simple", cts, "python", [["upsert", "Bob", "lives in", "Paris"]])
    op_case("sgrel_delete_middle", "simple", "fixture:graph_relmap.json", "python", [["delete", "A", "r2", "C"], ["upsert", "A", "r2", "C"]])

    # SimpleGraphStore get_rel_map ------------------------------------------------
    fx = "fixture:graph_relmap.json"
    for q in [{}, {"subjs": ["A"]}, {"subjs": ["A"], "depth": 1}, {"subjs": ["A"], "depth": 3},
              {"subjs": ["A"], "depth": 0}, {"subjs": ["A"], "limit": 2}, {"subjs": ["A"], "limit": 0},
              {"subjs": ["A"], "limit": -1}, {"subjs": ["A", "B"], "depth": 2, "limit": 10},
              {"subjs": ["Z", "A", "A", "B"]}, {"subjs": []}, {"subjs": ["E"], "depth": 1, "limit": 35},
              {"subjs": ["A", "E"], "depth": 2, "limit": 31}, {"subjs": ["E"], "depth": -1},
              {"subjs": ["A"], "depth": -1}, {"subjs": ["B", "E"], "depth": 3, "limit": 12},
              {"subjs": ["caf\u00e9 \u2615"], "depth": 4}]:
        query_case("sg_relmap_" + json.dumps(q, ensure_ascii=True), "simple", fx, q)
    query_case("sg13_relmap_default", "simple", c13, {})

    # SimplePropertyGraphStore operations ------------------------------------------
    c19 = "corpus:real/19-AnupamPatil899__Hybrid-Graph-RAG-Personal-AI-Assistant__storage/property_graph_store.json"
    chunk = "e9f9bc8c-928d-4eda-bec1-fb01b7a856ac"
    pg_ops = {
        "upsert_new_entity": [["upsert_nodes", [{"kind": "entity", "name": "Kubernetes", "label": "TECH",
                                                 "properties": {"triplet_source_id": chunk, "level": 3, "z\u00fcrich": "Z\u00fcrich \u2615"}}]]],
        "upsert_replace_entity": [["upsert_nodes", [{"kind": "entity", "name": "Docker", "label": "TOOL"}]]],
        "upsert_chunk": [["upsert_nodes", [{"kind": "chunk", "text": "A new chunk.\n", "id_": "chunk-2",
                                            "properties": {"ref_doc_id": "doc-2"}, "embedding": [0.5, -0.125, 3.0]}]]],
        "upsert_relation_new_target": [["upsert_relations", [{"label": "Certified", "source_id": "Anupam patil",
                                                              "target_id": "Kubernetes", "properties": {"triplet_source_id": chunk}}]]],
        "upsert_relation_existing_nodes": [["upsert_relations", [{"label": "Uses", "source_id": "Protein structure prediction tool",
                                                                  "target_id": "Python"}]]],
        "upsert_relation_existing_triplet": [["upsert_relations", [{"label": "Certified", "source_id": "Anupam patil",
                                                                    "target_id": "Docker", "properties": {"x": 1}}]]],
        "delete_ids": [["delete", {"ids": ["Docker"]}]],
        "delete_ids_chunk": [["delete", {"ids": [chunk]}]],
        "delete_relation_names": [["delete", {"relation_names": ["Uses"]}]],
        "delete_entity_names_absent": [["delete", {"entity_names": ["nobody"]}]],
        "delete_properties": [["delete", {"properties": {"file_size": 3643.0}}]],
        "delete_nothing": [["delete", {}]],
        "upsert_then_delete": [["upsert_nodes", [{"kind": "entity", "name": "Kubernetes"}]],
                               ["upsert_relations", [{"label": "Knows", "source_id": "Kubernetes", "target_id": "Docker"}]],
                               ["delete", {"ids": ["Python"]}]],
    }
    for name, ops in pg_ops.items():
        op_case("pg19_" + name, "property", c19, "compact", ops)
        op_case("pg19py_" + name, "property", "fixture:pg19_python_style.json", "python", ops)
    op_case("pgsmall_upsert_quoted", "property", "fixture:pg_small.json", "compact",
            [["upsert_nodes", [{"kind": "entity", "name": 'Say "hi"', "label": "QUOTE2"}]],
             ["upsert_relations", [{"label": "SAYS", "source_id": 'He "said"', "target_id": "Dave"}]]])

    # SimplePropertyGraphStore queries ---------------------------------------------
    ps = "fixture:pg_small.json"
    for q in [{"op": "get_rel_map", "nodes": ["Alice"]}, {"op": "get_rel_map", "nodes": ["Alice"], "depth": 1},
              {"op": "get_rel_map", "nodes": ["Alice"], "depth": 3}, {"op": "get_rel_map", "nodes": ["Alice"], "depth": 0},
              {"op": "get_rel_map", "nodes": ["Alice"], "depth": 5, "limit": 4},
              {"op": "get_rel_map", "nodes": ["Alice"], "limit": -2},
              {"op": "get_rel_map", "nodes": ["Alice"], "ignore_rels": ["KNOWS"]},
              {"op": "get_rel_map", "nodes": ["c1", "Dave"], "depth": 2},
              {"op": "get_rel_map", "nodes": ["Say  hi "], "depth": 2},
              {"op": "get_rel_map", "nodes": []},
              {"op": "get_triplets"}, {"op": "get_triplets", "entity_names": ["Bob"]},
              {"op": "get_triplets", "relation_names": ["LIKES", "QUOTES"]},
              {"op": "get_triplets", "entity_names": ["Carol"], "relation_names": ["KNOWS"]},
              {"op": "get_triplets", "properties": {"age": 30}}, {"op": "get_triplets", "properties": {"flag": 1}},
              {"op": "get_triplets", "properties": {"since": 2020.0}},
              {"op": "get_triplets", "properties": {"missing": None}},
              {"op": "get_triplets", "ids": ["Dave", "c1"]},
              {"op": "get_triplets", "ids": ["Alice"], "properties": {"triplet_source_id": "c2"}},
              {"op": "get"}, {"op": "get", "properties": {"age": 30}}, {"op": "get", "properties": {"ref_doc_id": "d2", "flag": True}},
              {"op": "get", "ids": ["c1", "Dave", "nobody"]}, {"op": "get", "ids": ["Say  hi "]}, {"op": "get", "ids": ['Say "hi"']}]:
        query_case("pg_" + json.dumps(q, ensure_ascii=True), "property", ps, q)
    query_case("pg_broken_get_triplets", "property", "fixture:pg_broken.json", {"op": "get_triplets", "ids": ["Alice"]})
    query_case("pg_broken_get", "property", "fixture:pg_broken.json", {"op": "get", "ids": ["Alice"]})
    query_case("pg19_relmap_anupam", "property", c19, {"op": "get_rel_map", "nodes": ["Anupam patil"], "depth": 2})
    query_case("pg19_relmap_chunk", "property", c19, {"op": "get_rel_map", "nodes": [chunk], "depth": 3, "limit": 5})

    with open(os.path.join(OUT, "cases.json"), "w") as f:
        json.dump(cases, f, indent=1, ensure_ascii=True)
        f.write("\n")
    for c in cases:
        if "serializer_reproduces_input" in c and not c["serializer_reproduces_input"]:
            print("note: serializer does not reproduce", c["input"], "(", c["name"], ")")
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
