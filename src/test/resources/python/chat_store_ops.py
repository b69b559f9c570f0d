#!/usr/bin/env python3
"""Generates fixtures and expected chat_store.json bytes for ChatStoreExpectationTest.

Run once from the project root:  python3 src/test/resources/python/chat_store_ops.py
No llama_index package is needed: the operations are SimpleChatStore's own (dict/list operations on
"store", see llama_index/core/storage/chat_store/simple_chat_store.py) applied to the dict that
json.loads gives, and the file is written the way the file's era writes it:
  double-encoded (0.9.26 - 0.11.3):  json.dumps(json.dumps(d))
  plain object (0.11.4 - 2025):      json.dumps(d)
  pydantic (2026):                   model_dump_json() = compact separators, raw UTF-8
  indented (user-formatted):         json.dumps(d, indent=4) + the file's trailing newline
Fixtures (written here from corpus files): a pydantic-style and a 4-space-indented chat store.
cases.json lists the cases so the Java test applies exactly the same operations.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.abspath(os.path.join(ROOT, "..", "shared", "corpus"))
RES = os.path.join(ROOT, "src", "test", "resources")
OUT = os.path.join(RES, "expected", "chat_store")
FIX = os.path.join(RES, "fixtures", "chat_store")


def message(role, text, layout):
    if layout == "CONTENT":
        return {"role": role, "content": text, "additional_kwargs": {}}
    return {"role": role, "additional_kwargs": {}, "blocks": [{"block_type": "text", "text": text}]}


def read(src):
    base = CORPUS if src.startswith(("real/", "ts/")) else RES
    text = open(os.path.join(base, src), "rb").read().decode("utf-8")
    data = json.loads(text)
    form = "double" if isinstance(data, str) else "object"
    if form == "double":
        data = json.loads(data)
    return text, data, form


def dump(text, data, form, style):
    if form == "double":
        return json.dumps(json.dumps(data))
    if style == "python":
        return json.dumps(data)
    if style == "pydantic":
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    if style == "indent4":
        return json.dumps(data, indent=4) + text[len(text.rstrip()):]
    raise ValueError(style)


def apply(store, op):
    kind = op[0]
    if kind == "add":                      # add_message(key, message, idx)
        _, key, role, text, layout, idx = op
        msgs = store.setdefault(key, [])
        if idx is None:
            msgs.append(message(role, text, layout))
        else:
            msgs.insert(idx, message(role, text, layout))
    elif kind == "delete_message":         # delete_message(key, idx)
        _, key, idx = op
        if key in store and idx < len(store[key]):
            store[key].pop(idx)
    elif kind == "delete_last":            # delete_last_message(key)
        if op[1] in store:
            store[op[1]].pop()
    elif kind == "delete_messages":        # delete_messages(key)
        store.pop(op[1], None)
    elif kind == "set":                    # set_messages(key, messages)
        store[op[1]] = [message(r, t, l) for r, t, l in op[2]]
    else:
        raise ValueError(kind)


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(FIX, exist_ok=True)
    _, d25, _ = read("real/25-KazumiLine__LATIA112-1__storage/chat_store.json")
    with open(os.path.join(FIX, "pydantic_chat_store.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(d25, separators=(",", ":"), ensure_ascii=False))
    _, d24, _ = read("real/24-FatherOfEgg__SDP-llamaindex__root/chat_store.json")
    with open(os.path.join(FIX, "indented_chat_store.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(d24, indent=4) + "\n")

    cases = []

    def case(name, src, style, ops):
        text, data, form = read(src)
        for op in ops:
            apply(data["store"], op)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8", newline="") as f:
            f.write(dump(text, data, form, style))
        cases.append({"name": name, "source": src, "ops": [list(o) for o in ops]})

    c27 = "real/27-xmriz__chatbot-ojk__root/chat_store.json"
    case("27_double_encoded_add", c27, "python",
         [("add", "user1", "user", "Apa itu OJK? \u00e9\u20ac \U0001F600 \"quoted\" \\ back", "CONTENT", None)])
    case("27_double_encoded_deletes_and_new_session", c27, "python",
         [("delete_message", "user1", 1), ("delete_last", "user1"), ("delete_message", "user1", 99),
          ("delete_messages", "nobody"), ("set", "user2", [["user", "Halo", "BLOCKS"], ["assistant", "Hai \u00fc", "BLOCKS"]])])
    c24 = "real/24-FatherOfEgg__SDP-llamaindex__root/chat_store.json"
    case("24_plain_insert_and_new_key", c24, "python",
         [("add", "user1", "user", "inserted", "CONTENT", 1), ("add", "user1", "assistant", "at -1", "CONTENT", -1),
          ("add", "user9", "user", "new key \u00e9", "BLOCKS", None)])
    case("24_plain_delete_all_and_readd", c24, "python",
         [("delete_messages", "user1"), ("add", "user1", "user", "again", "BLOCKS", 5)])
    c26 = "real/26-abhash31__ai-booking-assistant__root/chat_store.json"
    case("26_blocks_delete_first_add_reply", c26, "python",
         [("delete_message", "user1", 0), ("add", "user1", "assistant", "Sure \u2014 which day?", "BLOCKS", None)])
    case("25_delete_only_session", "real/25-KazumiLine__LATIA112-1__storage/chat_store.json", "python",
         [("delete_messages", "2")])
    case("pydantic_add_non_ascii", "fixtures/chat_store/pydantic_chat_store.json", "pydantic",
         [("add", "2", "user", "\u8b1d\u8b1d \U0001F999", "BLOCKS", None), ("delete_message", "2", 0)])
    case("indented_delete_last", "fixtures/chat_store/indented_chat_store.json", "indent4",
         [("delete_last", "user1"), ("add", "user2", "user", "hi", "CONTENT", None)])

    with open(os.path.join(OUT, "cases.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
