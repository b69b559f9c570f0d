#!/usr/bin/env python3
"""Query fixture for SimpleVectorStore (run ONCE with python3 3.11 + numpy, commit the output).

Writes ../expected/vector_stores/:
  store_main.json      300 vectors, dim 16 (exact copies, x2 / x0.5 / -1 scalings = exact ties,
                       int-valued vectors, ties between ids that order differently in UTF-16 and in
                       code points), metadata with str/int/float/bool/list/null/NaN/big-int values
  store_nan.json       20 vectors incl. a zero vector and a NaN vector (NaN similarities)
  store_nometa.json    embedding_dict + text_id_to_ref_doc_id only (pre-0.8.29)
  store_partial.json   metadata_dict lacks one node
  query_cases.json     the cases: store, query, top_k, mode, mmr_threshold, node_ids, filters and
                       Python's answer ({"ids", "similarities"} or {"error": type, "message": str(e)})

The query logic below re-implements, step for step, llama-index-core's SimpleVectorStore.query,
build_metadata_filter_fn (vector_stores/utils.py), get_top_k_embeddings / get_top_k_mmr_embeddings
(indices/query/embedding_utils.py) and the default cosine similarity (base/embeddings/base.py):
numpy dot / norm, heapq on (score, id) tuples, sorted(key=score, reverse=True).
Enum messages use Python 3.11's f-string form (FilterOperator.X, FilterCondition.X, VectorStoreQueryMode.X).
"""
import heapq
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "expected", "vector_stores")
DIM = 16


# ---- the Python semantics ---------------------------------------------------------------------

def cosine(a, b):
    product = np.dot(a, b)
    norm = np.linalg.norm(a) * np.linalg.norm(b)
    return product / norm


def top_k(query, embeddings, k, ids):
    if k == 0:
        return [], []
    emb_np = np.array(embeddings)
    q_np = np.array(query)
    heap = []
    for i, emb in enumerate(emb_np):
        heapq.heappush(heap, (cosine(q_np, emb), ids[i]))
        if k is not None and len(heap) > k:
            heapq.heappop(heap)
    tups = sorted(heap, key=lambda t: t[0], reverse=True)
    return [s for s, _ in tups], [n for _, n in tups]


def mmr(query, embeddings, k, ids, threshold):
    if k == 0:
        return [], []
    threshold = threshold if threshold is not None else 0.5
    if ids is None or ids == []:
        ids = list(range(len(embeddings)))
    position = dict(zip(ids, range(len(ids))))
    remaining = position.copy()
    to_query = {}
    score = -math.inf
    best = None
    for i, emb in enumerate(embeddings):
        s = cosine(query, emb)
        to_query[ids[i]] = s
        if s * threshold > score:
            best = ids[i]
            score = s * threshold
    results = []
    count = k if k is not None else len(embeddings)
    while len(results) < min(count, len(embeddings)):
        results.append((score, best))
        del remaining[best]
        recent = best
        score = -math.inf
        for cand in remaining:
            overlap = cosine(embeddings[remaining[cand]], embeddings[position[recent]])
            value = threshold * to_query[cand] - (1 - threshold) * overlap
            if value > score:
                score = value
                best = cand
    return [s for s, _ in results], [n for _, n in results]


OPS = {
    "==": "EQ", "!=": "NE", ">": "GT", ">=": "GTE", "<": "LT", "<=": "LTE", "in": "IN", "nin": "NIN",
    "any": "ANY", "all": "ALL", "text_match": "TEXT_MATCH", "text_match_insensitive": "TEXT_MATCH_INSENSITIVE",
    "contains": "CONTAINS", "is_empty": "IS_EMPTY",
}


def match_one(op, value, mv):
    if mv is None:
        return False
    if op == "==":
        return mv == value
    if op == "!=":
        return mv != value
    if op == ">":
        return mv > value
    if op == ">=":
        return mv >= value
    if op == "<":
        return mv < value
    if op == "<=":
        return mv <= value
    if op == "in":
        return mv in value
    if op == "nin":
        return mv not in value
    if op == "contains":
        return value in mv
    if op == "text_match":
        return value.lower() in mv.lower()
    if op == "all":
        return all(v in mv for v in value)
    if op == "any":
        return any(v in mv for v in value)
    raise ValueError(f"Invalid operator: FilterOperator.{OPS[op]}")


def filter_fn(lookup, filters):
    items = filters["filters"] if filters else []
    if not items or not filters:
        return lambda _: True
    condition = filters.get("condition", "and")

    def fn(node_id):
        metadata = lookup(node_id)
        results = []
        for f in items:
            if "filters" in f:
                raise ValueError("Nested MetadataFilters are not supported.")
            mv = metadata.get(f["key"], None)
            if f["operator"] == "is_empty":
                results.append(mv is None or mv == "" or mv == [])
            else:
                results.append(match_one(f["operator"], f["value"], mv))
        if condition == "and":
            return all(results)
        if condition == "or":
            return any(results)
        raise ValueError(f"Invalid filter condition: FilterCondition.{condition.upper()}")

    return fn


def query(data, q):
    emb = data.get("embedding_dict", {})
    meta = data.get("metadata_dict", {})
    if q.get("filters") is not None and emb and not meta:
        raise ValueError("Cannot filter stores that were persisted without metadata. "
                         "Please rebuild the store with metadata to enable filtering.")
    fil = filter_fn(lambda i: meta[i], q.get("filters"))
    allowed = set(q["node_ids"]) if q.get("node_ids") is not None else None
    ids, embeddings = [], []
    for node_id, e in emb.items():
        if (allowed is None or node_id in allowed) and fil(node_id):
            ids.append(node_id)
            embeddings.append(e)
    mode = q.get("mode", "default")
    if mode == "mmr":
        return mmr(q["query"], embeddings, q.get("top_k"), ids, q.get("mmr_threshold"))
    if mode == "default":
        return top_k(q["query"], embeddings, q.get("top_k"), ids)
    raise ValueError(f"Invalid query mode: VectorStoreQueryMode.{mode.upper()}")


# ---- the stores -------------------------------------------------------------------------------

def build_main(rng):
    authors = ["alice", "bob", "Carol", "dave", "ALICE-bob", "\u00e9mile", ""]
    tag_pool = ["red", "green", "blue", "x", "Red"]
    emb, refs, meta = {}, {}, {}
    base = [rng.normal(size=DIM) for _ in range(240)]
    order = rng.permutation(300)
    names = [f"node-{int(n):03d}" for n in order]
    # ids whose order differs between UTF-16 units (Java String.compareTo) and code points (Python)
    names[10], names[11] = "\uff21-tie", "\U0001F600-tie"
    names[12], names[13] = "\ue000-tie", "\U00010000-tie"
    vectors = []
    for i in range(300):
        if i < 240:
            v = [float(x) for x in base[i]]
        elif i < 250:
            v = list(vectors[i - 240])                      # exact copy
        elif i < 260:
            v = [x * 2.0 for x in vectors[i - 250]]         # same cosine exactly
        elif i < 270:
            v = [x * 0.5 for x in vectors[i - 260]]
        elif i < 280:
            v = [-x for x in vectors[i - 270]]              # exactly -similarity
        elif i < 285:
            v = [0] * DIM                                   # int-valued unit vectors
            v[i - 280] = 1
        else:
            v = [float(round(x, 2)) for x in base[i - 285]]  # short lexemes
        vectors.append(v)
    # the UTF-16 / code point ties: exact copies of each other
    vectors[11] = list(vectors[10])
    vectors[13] = list(vectors[12])
    vectors[12] = list(vectors[10])
    for i, name in enumerate(names):
        emb[name] = vectors[i]
        ref = ["doc-a", "doc-b", "doc-c", "None"][i % 4]
        refs[name] = ref
        m = {
            "author": authors[i % len(authors)],
            "year": 2010 + (i % 15),
            "score": round(float(rng.random()), 3),
            "flag": bool(i % 3 == 0),
            "tags": [tag_pool[(i + j) % len(tag_pool)] for j in range(i % 4)],
        }
        if i % 5 == 0:
            m["maybe"] = None
        elif i % 5 == 1:
            m["maybe"] = ""
        elif i % 5 == 2:
            m["maybe"] = []
        elif i % 5 == 3:
            m["maybe"] = "something"
        if i % 7 == 0:
            m["mixed"] = "text"
        elif i % 7 == 1:
            m["mixed"] = 7
        if i % 11 == 0:
            m["big"] = 9007199254740993
        elif i % 11 == 1:
            m["big"] = 9007199254740992.0
        if i % 13 == 0:
            m["score"] = float("nan")
        if i % 17 == 0:
            m["nums"] = [1, 2, i % 3]
        m["_node_type"] = "TextNode"
        m["document_id"] = ref
        m["doc_id"] = ref
        m["ref_doc_id"] = ref
        meta[name] = m
    return {"embedding_dict": emb, "text_id_to_ref_doc_id": refs, "metadata_dict": meta}


def build_nan(rng):
    emb, refs, meta = {}, {}, {}
    base = [[float(x) for x in rng.normal(size=4)] for _ in range(14)]
    for i in range(20):
        name = f"v{(i * 7) % 20:02d}"
        if i == 3:
            v = [0.0, 0.0, 0.0, 0.0]
        elif i == 8:
            v = [float("nan"), 1.0, 0.0, 0.0]
        elif i >= 14:
            v = list(base[i - 14])
        else:
            v = base[i]
        emb[name] = v
        refs[name] = "doc-n"
        meta[name] = {"i": i, "_node_type": "TextNode", "document_id": "doc-n", "doc_id": "doc-n", "ref_doc_id": "doc-n"}
    return {"embedding_dict": emb, "text_id_to_ref_doc_id": refs, "metadata_dict": meta}


# ---- the cases --------------------------------------------------------------------------------

def f(key, op, value=None):
    return {"key": key, "value": value, "operator": op}


def group(cond, *items):
    return {"filters": list(items), "condition": cond}


def cases(main, rng):
    ids = list(main["embedding_dict"])
    q_random = [float(x) for x in rng.normal(size=DIM)]
    q_copy = list(main["embedding_dict"][ids[3]])
    q_tie = list(main["embedding_dict"][ids[10]])
    q_ints = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    queries = {"random": q_random, "copy": q_copy, "tie": q_tie, "ints": q_ints}
    out = []

    def add(name, store, q, **kw):
        out.append(dict(name=name, store=store, query=queries[q] if isinstance(q, str) else q, **kw))

    for qn in queries:
        for k in (1, 5, 10, None):
            add(f"default {qn} k={k}", "main", qn, top_k=k)
        add(f"default {qn} k=0", "main", qn, top_k=0)
    add("zero query k=5", "main", [0.0] * DIM, top_k=5)
    add("zero query all", "main", [0.0] * DIM, top_k=None)
    for qn in ("random", "tie"):
        for t in (None, 0.0, 0.3, 1.0):
            for k in (5, 12):
                add(f"mmr {qn} t={t} k={k}", "main", qn, top_k=k, mode="mmr", mmr_threshold=t)
    add("mmr random all", "main", "random", top_k=None, mode="mmr", mmr_threshold=0.3)
    add("mmr k=0", "main", "random", top_k=0, mode="mmr")
    add("mmr filtered", "main", "random", top_k=6, mode="mmr", filters=group("and", f("author", "==", "bob")))
    add("mmr no candidates", "main", "random", top_k=6, mode="mmr", filters=group("and", f("author", "==", "nobody")))

    flt = [
        ("eq str", f("author", "==", "alice")),
        ("eq int", f("year", "==", 2020)),
        ("eq int as float", f("year", "==", 2020.0)),
        ("eq bool vs int", f("flag", "==", 1)),
        ("eq float", f("score", "==", main["metadata_dict"][ids[5]]["score"])),
        ("eq list", f("tags", "==", ["red"])),
        ("eq big int vs float", f("big", "==", 9007199254740992.0)),
        ("eq big int", f("big", "==", 9007199254740993)),
        ("eq str vs int", f("year", "==", "2020")),
        ("ne str", f("author", "!=", "alice")),
        ("ne missing key", f("mixed", "!=", "text")),
        ("gt int", f("year", ">", 2018)),
        ("gte int", f("year", ">=", 2018)),
        ("lt float", f("score", "<", 0.3)),
        ("lte float", f("score", "<=", 0.3)),
        ("gt str", f("author", ">", "Carol")),
        ("lt str non-ascii", f("author", "<", "\u00e9")),
        ("gt bool vs int", f("flag", ">", 0)),
        ("gte nan metadata", f("score", ">=", 0.0)),
        ("gt big int vs float", f("big", ">", 9007199254740992.0)),
        ("lt list lexicographic", f("nums", "<", [1, 2, 1])),
        ("gt float vs int", f("score", ">", 0)),
        ("in list str", f("author", "in", ["alice", "bob"])),
        ("in list int", f("year", "in", [2011, 2013, 2024])),
        ("in list int as float", f("year", "in", [2011.0])),
        ("in string", f("author", "in", "alice-bob-carol")),
        ("nin list", f("author", "nin", ["alice", "bob"])),
        ("nin string", f("author", "nin", "alice")),
        ("contains list", f("tags", "contains", "red")),
        ("contains string", f("author", "contains", "li")),
        ("text_match", f("author", "text_match", "ALI")),
        ("text_match non-ascii", f("author", "text_match", "\u00c9MI")),
        ("any list", f("tags", "any", ["red", "blue"])),
        ("any string", f("author", "any", ["zz", "ob"])),
        ("any empty", f("tags", "any", [])),
        ("all list", f("tags", "all", ["red", "green"])),
        ("all empty", f("tags", "all", [])),
        ("all string chars", f("author", "all", "ab")),
        ("is_empty", f("maybe", "is_empty")),
        ("is_empty tags", f("tags", "is_empty")),
        ("text_match_insensitive on missing key", f("nokey", "text_match_insensitive", "x")),
    ]
    for name, item in flt:
        add(f"filter {name}", "main", "random", top_k=None, filters=group("and", item))
    add("filter and", "main", "random", top_k=8, filters=group("and", f("year", ">=", 2015), f("flag", "==", True),
                                                                f("tags", "contains", "red")))
    add("filter or", "main", "random", top_k=8, filters=group("or", f("author", "==", "bob"), f("year", "<", 2012)))
    add("filter empty list", "main", "random", top_k=3, filters=group("and"))
    add("node_ids", "main", "random", top_k=5, node_ids=[ids[i] for i in (1, 50, 100, 150, 200, 250, 299)] + ["nope"])
    add("node_ids + filter", "main", "random", top_k=None, node_ids=ids[:60], filters=group("and", f("flag", "==", True)))
    add("node_ids empty", "main", "random", top_k=5, node_ids=[])
    # errors
    add("error nested", "main", "random", top_k=5, filters=group("and", f("year", ">", 2000), group("or", f("year", "==", 1))))
    add("error condition not", "main", "random", top_k=5, filters=group("not", f("year", ">", 2000)))
    add("error text_match_insensitive", "main", "random", top_k=5, filters=group("and", f("author", "text_match_insensitive", "a")))
    add("error mixed gt", "main", "random", top_k=5, filters=group("and", f("mixed", ">", 5)))
    add("error str lt int", "main", "random", top_k=5, filters=group("and", f("author", "<", 3)))
    add("error gt None", "main", "random", top_k=5, filters=group("and", f("year", ">", None)))
    add("error dict order", "main", "random", top_k=5, filters=group("and", f("tags", ">", "a")))
    add("error text_match int", "main", "random", top_k=5, filters=group("and", f("year", "text_match", "20")))
    add("error text_match int value", "main", "random", top_k=5, filters=group("and", f("author", "text_match", 5)))
    add("error text_match list", "main", "random", top_k=5, filters=group("and", f("tags", "text_match", "red")))
    add("error contains int", "main", "random", top_k=5, filters=group("and", f("year", "contains", 2)))
    add("error in int", "main", "random", top_k=5, filters=group("and", f("year", "in", 2020)))
    add("error in string int needle", "main", "random", top_k=5, filters=group("and", f("year", "in", "2020")))
    add("error any int", "main", "random", top_k=5, filters=group("and", f("tags", "any", 3)))
    add("error all None", "main", "random", top_k=5, filters=group("and", f("tags", "all", None)))
    add("error any int metadata", "main", "random", top_k=5, filters=group("and", f("year", "any", [1])))
    add("error contains str in list of int needle", "main", "random", top_k=5, filters=group("and", f("author", "contains", 1)))
    for mode in ("sparse", "hybrid", "text_search", "semantic_hybrid"):
        add(f"error mode {mode}", "main", "random", top_k=5, mode=mode)
    add("error no metadata", "nometa", "random", top_k=5, filters=group("and", f("year", ">", 1)))
    add("no metadata no filter", "nometa", "random", top_k=5)
    add("no metadata empty filter list", "nometa", "random", top_k=5, filters=group("and"))
    add("error missing metadata entry", "partial", "random", top_k=5, filters=group("and", f("year", ">", 1)))
    add("missing metadata entry excluded by node_ids", "partial", "random", top_k=5, node_ids=ids[:30],
        filters=group("and", f("year", ">", 1)))
    add("missing metadata entry without filter", "partial", "random", top_k=5)
    # NaN similarities (zero vector, NaN component)
    for k in (1, 3, 6, None):
        add(f"nan store k={k}", "nan", [0.5, -1.0, 0.25, 2.0], top_k=k)
    add("nan store zero query", "nan", [0.0, 0.0, 0.0, 0.0], top_k=None)
    for t in (None, 1.0):
        add(f"nan store mmr t={t}", "nan", [0.5, -1.0, 0.25, 2.0], top_k=3, mode="mmr", mmr_threshold=t)
    add("nan store mmr all", "nan", [0.5, -1.0, 0.25, 2.0], top_k=None, mode="mmr")
    add("nan store mmr zero query", "nan", [0.0, 0.0, 0.0, 0.0], top_k=2, mode="mmr")
    return out


def run(stores, case):
    q = {k: case.get(k) for k in ("query", "top_k", "node_ids", "filters", "mmr_threshold")}
    q["mode"] = case.get("mode", "default")
    try:
        sims, ids = query(stores[case["store"]], q)
        return {"ids": list(ids), "similarities": [float(s) for s in sims]}
    except Exception as e:  # noqa: BLE001 - we record what Python raises
        return {"error": type(e).__name__, "message": str(e)}


def main():
    np.seterr(all="ignore")
    rng = np.random.default_rng(20240601)
    main_store = build_main(rng)
    nan_store = build_nan(rng)
    nometa = {k: main_store[k] for k in ("embedding_dict", "text_id_to_ref_doc_id")}
    partial = json.loads(json.dumps(main_store))
    del partial["metadata_dict"][list(partial["metadata_dict"])[40]]
    stores = {"main": main_store, "nan": nan_store, "nometa": nometa, "partial": partial}
    os.makedirs(OUT, exist_ok=True)
    for name, data in stores.items():
        with open(os.path.join(OUT, f"store_{name}.json"), "w") as fh:
            json.dump(data, fh)
    # what the store files load back as (NaN metadata etc.), so the cases run on exactly the file
    loaded = {n: json.load(open(os.path.join(OUT, f"store_{n}.json"), "rb")) for n in stores}
    result = []
    for case in cases(main_store, rng):
        case["expect"] = run(loaded, case)
        result.append(case)
    with open(os.path.join(OUT, "query_cases.json"), "w") as fh:
        json.dump(result, fh, indent=1)
    errors = sum(1 for c in result if "error" in c["expect"])
    print(f"{len(result)} cases ({errors} errors) written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
