package dev.storescope.inspect.check;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonValue;
import dev.storescope.json.PythonRepr;
import dev.storescope.json.Utf8;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.storescope.inspect.check.FastCheck.bail;

/**
 * The fast check's pass over {@code docstore.json} and its checks within the docstore. Every id
 * (node, ref doc, metadata key, related node) is interned in {@link #ids} and every hash string
 * in {@link #hashes}; what the checks need of an id lies in int arrays indexed by its number
 * (-1: none), so that comparing two ids or two hashes is comparing two ints.
 */
final class FastDocScan extends FastCheck.Scan {
    private static final byte[] META = lit("docstore/metadata");
    private static final byte[] REFS = lit("docstore/ref_doc_info");
    private static final byte[] DATA = lit("docstore/data");
    private static final byte[] DOC_HASH = lit("doc_hash");
    private static final byte[] REF_DOC_ID = lit("ref_doc_id");
    private static final byte[] NODE_IDS = lit("node_ids");
    private static final byte[] METADATA = lit("metadata");
    private static final byte[] ENV_DATA = lit("__data__");
    private static final byte[] ENV_TYPE = lit("__type__");
    /** The members of a current TextNode's {@code __data__}; the first six are read, the others only validated. */
    private static final byte[][] DATA_KEYS = {lit("id_"), lit("text"), lit("metadata"), lit("relationships"), lit("metadata_separator"),
            lit("metadata_seperator"), lit("embedding"), lit("excluded_embed_metadata_keys"), lit("excluded_llm_metadata_keys"),
            lit("metadata_template"), lit("mimetype"), lit("start_char_idx"), lit("end_char_idx"), lit("text_template"), lit("class_name")};
    private static final byte[][] RELATED_KEYS = {lit("node_id"), lit("node_type"), lit("metadata"), lit("hash"), lit("class_name")};

    final IdTable ids = new IdTable();
    final IdTable hashes = new IdTable();

    // Per id (-1: none). docstore/metadata: the doc_hash (a hash number) and the ref_doc_id.
    private int[] metaHash = new int[0];
    private int[] metaRef = new int[0];
    // docstore/ref_doc_info: where the record's node_ids lie in lists.
    private int[] refStart = new int[0];
    private int[] refLen = new int[0];
    // docstore/data: the node's relationships, its recomputed hash, and the ref doc whose node_ids list it.
    private int[] source = new int[0];
    private int[] sourceHash = new int[0];
    private int[] prev = new int[0];
    private int[] next = new int[0];
    private int[] parent = new int[0];
    private int[] childStart = new int[0];
    private int[] childLen = new int[0];
    private int[] nodeHash = new int[0];
    private int[] listedBy = new int[0];
    private boolean[] isNode = new boolean[0];
    private int capacity;

    /** The ids of ref_doc_info node lists and of child lists, one after the other. */
    private int[] lists = new int[1 << 12];
    private int listsLen;
    /** The nodes and the ref docs, in file order. */
    private int[] nodes = new int[1 << 12];
    private int nodeCount;
    private int[] refDocs = new int[1 << 10];
    private int refDocCount;

    volatile boolean cancelled;
    volatile RuntimeException failure;
    long nanos;
    long crossNanos;
    private final MessageDigest sha;

    FastDocScan(Path file) throws IOException {
        super(file);
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int nodeCount() {
        return nodeCount;
    }

    void runCatching() {
        long t0 = System.nanoTime();
        try {
            run();
            nanos = System.nanoTime() - t0;
        } catch (RuntimeException | StackOverflowError e) {
            failure = e instanceof RuntimeException r ? r : bail(e.toString());
        } finally {
            close();
        }
    }

    void run() {
        int seen = 0;
        int p = first(ws(0), '{', '}');
        while (p >= 0) {
            mark = p;
            int ke = str(p);
            plainKey();
            int v = colon(ke);
            int which = keyIs(p, ke, META) ? 1 : keyIs(p, ke, REFS) ? 2 : keyIs(p, ke, DATA) ? 4 : 0;
            if (which == 0 || (seen & which) != 0) throw bail("docstore collection");
            seen |= which;
            int e = which == 1 ? metadata(v) : which == 2 ? refDocs(v) : data(v);
            if (which == 1) metaDone = true;
            p = next(e, '}');
        }
        if (seen != 7) throw bail("docstore collections");
        finish(end);
    }

    // ------------------------------------------------------------------ interning

    /** The number of the string at {@code [s, e)} (quotes included) in {@code table}, its end in {@link #end}. */
    private int intern(IdTable table, int s, int e) {
        end = e;
        int x;
        if (!esc) {
            x = table.intern(window(), s + 1 - base, e - s - 2);
        } else {
            byte[] d = ascii(text(s, e));
            x = table.intern(d, 0, d.length);
        }
        if (x >= capacity) grow(x + 1);
        return x;
    }

    /** The id at {@code i}. */
    private int id(int i) {
        return intern(ids, i, str(i));
    }

    /** The hash string at {@code i} (a number in {@link #hashes}). */
    private int hashAt(int i) {
        return intern(hashes, i, str(i));
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int k = 0; k < b.length; k++) {
            char c = s.charAt(k);
            if (c >= 0x80) throw bail("non-ASCII id");
            b[k] = (byte) c;
        }
        return b;
    }

    private void grow(int need) {
        int n = Math.max(need, Math.max(1 << 12, capacity * 2));
        metaHash = fit(metaHash, n);
        metaRef = fit(metaRef, n);
        refStart = fit(refStart, n);
        refLen = fit(refLen, n);
        source = fit(source, n);
        sourceHash = fit(sourceHash, n);
        prev = fit(prev, n);
        next = fit(next, n);
        parent = fit(parent, n);
        childStart = fit(childStart, n);
        childLen = fit(childLen, n);
        nodeHash = fit(nodeHash, n);
        listedBy = fit(listedBy, n);
        isNode = Arrays.copyOf(isNode, n);
        capacity = n;
    }

    private int[] fit(int[] a, int n) {
        int[] b = Arrays.copyOf(a, n);
        Arrays.fill(b, capacity, n, -1);
        return b;
    }

    private void addList(int id) {
        if (listsLen == lists.length) lists = Arrays.copyOf(lists, listsLen * 2);
        lists[listsLen++] = id;
    }

    private static int[] append(int[] a, int n, int x) {
        int[] b = n == a.length ? Arrays.copyOf(a, n * 2) : a;
        b[n] = x;
        return b;
    }

    // ------------------------------------------------------------------ the collections

    // One loop per collection, one call per entry (see VecScan).
    private int metadata(int i) {
        int p = first(i, '{', '}');
        while (p >= 0) {
            mark = p;
            p = next(metadataRecord(p), '}');
        }
        return end;
    }

    private int refDocs(int i) {
        int p = first(i, '{', '}');
        while (p >= 0) {
            mark = p;
            p = next(refDocRecord(p), '}');
        }
        return end;
    }

    private int data(int i) {
        int p = first(i, '{', '}');
        while (p >= 0) {
            mark = p;
            p = next(node(p), '}');
        }
        return end;
    }

    private int metadataRecord(int p) {
        int id = id(p);
        int i = colon(end);
        int hash = -1;
        int ref = -1;
        boolean refSeen = false;
        int q = first(i, '{', '}');
        while (q >= 0) {
            int ke = str(q);
            plainKey();
            int v = colon(ke);
            if (keyIs(q, ke, DOC_HASH) && hash < 0) {
                hash = hashAt(v);
            } else if (keyIs(q, ke, REF_DOC_ID) && !refSeen) {
                refSeen = true;
                ref = id(v);
            } else {
                throw bail("metadata record member");
            }
            q = next(end, '}');
        }
        if (hash < 0) throw bail("metadata without doc_hash");
        if (metaHash[id] >= 0) throw bail("duplicate metadata key");
        metaHash[id] = hash;
        metaRef[id] = ref;
        return end;
    }

    private int refDocRecord(int p) {
        int id = id(p);
        int i = colon(end);
        int start = -1;
        int q = first(i, '{', '}');
        boolean md = false;
        while (q >= 0) {
            int ke = str(q);
            plainKey();
            int v = colon(ke);
            int e;
            if (keyIs(q, ke, NODE_IDS) && start < 0) {
                start = listsLen;
                int r = first(v, '[', ']');
                while (r >= 0) {
                    addList(id(r));
                    r = next(end, ']');
                }
                e = end;
            } else if (keyIs(q, ke, METADATA) && !md) {
                md = true;
                e = value(v, 3);
            } else {
                throw bail("ref_doc_info member");
            }
            q = next(e, '}');
        }
        if (start < 0 || listsLen == start) throw bail("ref_doc_info without node ids");
        if (refStart[id] >= 0) throw bail("duplicate ref_doc_info key");
        refStart[id] = start;
        refLen[id] = listsLen - start;
        refDocs = append(refDocs, refDocCount++, id);
        return end;
    }

    /** One docstore/data entry: the envelope {"__data__": {...}, "__type__": "1"} of a TextNode. */
    private int node(int p) {
        if (cancelled) throw bail("cancelled");
        int ks = p;
        int ke = str(p);
        boolean keyEsc = esc;
        int n = intern(ids, ks, ke);
        if (isNode[n]) throw bail("duplicate node key");
        isNode[n] = true;
        nodes = append(nodes, nodeCount++, n);
        int q = first(colon(ke), '{', '}');
        int parts = 0;
        while (q >= 0) {
            int fe = str(q);
            plainKey();
            int v = colon(fe);
            int e;
            if (keyIs(q, fe, ENV_DATA) && (parts & 1) == 0) {
                parts |= 1;
                e = nodeData(v, n, ks, ke, keyEsc);
            } else if (keyIs(q, fe, ENV_TYPE) && (parts & 2) == 0) {
                parts |= 2;
                e = str(v);
                if (e - v != 3 || g(v + 1) != '1') throw bail("not a TextNode");
            } else {
                throw bail("envelope member");
            }
            q = next(e, '}');
        }
        if (parts != 3) throw bail("envelope");
        int src = source[n];
        if (metaDone && src >= 0) { // the common damage, found early (the docstore checks decide the rest)
            if (metaHash[n] >= 0 && metaRef[n] != src) throw bail("source mismatch");
            if (sourceHash[n] >= 0 && differs(metaHash[src], sourceHash[n])) throw bail("source hash differs");
        }
        return end;
    }

    /** A recorded doc_hash (a non-empty one) that is not the hash a relationship gives. */
    private boolean differs(int recorded, int given) {
        return recorded >= 0 && hashes.length(recorded) > 0 && recorded != given;
    }

    /** The state of the node being read (fields, so that one member is one call). */
    private int seen;
    private int mdS;
    private int mdE;
    private int sepS;
    private int sepE;
    private int keyS;
    private int keyE;
    private boolean keyEscaped;

    private int nodeData(int i, int n, int ks, int ke, boolean keyEsc) {
        seen = 0;
        mdS = mdE = sepS = sepE = 0;
        keyS = ks;
        keyE = ke;
        keyEscaped = keyEsc;
        int q = first(i, '{', '}');
        while (q >= 0) q = next(member(q, n), '}');
        if ((seen & 0b11111) != 0b11111) throw bail("node without id_, text, metadata, relationships or metadata_separator");
        nodeHash[n] = hash(n, mdS, mdE);
        return end;
    }

    /** One member of {@code __data__} (the key at {@code q}); returns the end of its value. */
    private int member(int q, int n) {
        int fe = str(q);
        plainKey();
        int v = colon(fe);
        int k = 0;
        while (k < DATA_KEYS.length && !keyIs(q, fe, DATA_KEYS[k])) k++;
        if (k == DATA_KEYS.length || (seen & (1 << k)) != 0) throw bail("node member");
        seen |= 1 << k;
        int e;
        if (k == 3) { // relationships: {"1": {...}, ..., "5": [{...}, ...]} (read here: one large method, compiled once)
            int rseen = 0;
            int rq = first(v, '{', '}');
            while (rq >= 0) {
                int rfe = str(rq);
                plainKey();
                int rv = colon(rfe);
                if (rfe - rq != 3) throw bail("relationship key");
                int code = g(rq + 1) - '0';
                if (code < 1 || code > 5 || (rseen & (1 << code)) != 0) throw bail("relationship key");
                rseen |= 1 << code;
                boolean list = code == 5;
                int start = listsLen;
                int r = list ? first(rv, '[', ']') : rv;
                int re = end;
                while (r >= 0) { // one call site of related (for the JIT)
                    int x = related(r, list);
                    if (!list) {
                        re = x;
                        break;
                    }
                    r = next(x, ']');
                    re = end;
                }
                switch (code) {
                    case 1 -> {
                        source[n] = relatedId;
                        sourceHash[n] = relatedHash;
                    }
                    case 2 -> prev[n] = relatedId;
                    case 3 -> next[n] = relatedId;
                    case 4 -> parent[n] = relatedId;
                    default -> {
                        childStart[n] = start;
                        childLen[n] = listsLen - start;
                    }
                }
                rq = next(re, '}');
            }
            e = end;
        } else if (k == 1) { // the text, decoded into out for the hash
            outLen = 0;
            e = strDecode(v);
        } else if (k == 0 || k == 4 || k == 5) {
            e = str(v);
            if (k == 0) { // id_ must equal the key (as bytes: then also as strings)
                if (keyEscaped || esc || !sameBytes(keyS, keyE, v, e)) throw bail("id_ is not the key");
            } else if (k == 4) {
                sepS = v;
                sepE = e;
            } else if (!sameBytes(sepS, sepE, v, e)) {
                throw bail("separators"); // decoded they could still be equal: the full checker decides
            }
        } else if (k == 2) {
            e = same(v, lastMd);
            if (e < 0) {
                if (at(v) != '{') throw bail("metadata is no object");
                e = value(v, 3);
                lastMd = copy(v, e);
                lastMdRepr = null;
            }
            mdS = v;
            mdE = e;
        } else if (k == 7 || k == 8) { // the excluded keys lists: usually the same in every node
            e = same(v, lastList[k - 7]);
            if (e < 0) {
                e = value(v, 3);
                lastList[k - 7] = e - v <= 4096 ? copy(v, e) : null;
            }
        } else {
            e = value(v, 3);
        }
        return e;
    }

    /** The bytes of the last metadata object read (this node's, once its metadata member is read) and its repr (null: not made yet). */
    private byte[] lastMd;
    private byte[] lastMdRepr;
    private final byte[][] lastList = new byte[2][];

    /**
     * The TEXT_METADATA hash of node {@code n}: SHA-256 of text (already decoded into {@link #out})
     * + repr(metadata), as a number in {@link #hashes}: the doc_hash's number when it is that.
     */
    private int hash(int n, int mdS, int mdE) {
        int textLen = outLen;
        if (lastMdRepr != null) { // lastMd: this node's metadata (member 2), the same as the node's before
            for (byte x : lastMdRepr) put(x);
        } else {
            if (!reprTo(mdS, mdE)) {
                outLen = textLen;
                JsonValue md = JsonReader.parse(JsonSource.of(copy(mdS, mdE), "metadata"), 0, mdE - mdS, "$");
                if (!(md instanceof JsonObject o)) throw bail("metadata");
                for (byte x : Utf8.encodeSurrogatePass(PythonRepr.repr(o))) put(x);
            }
            lastMdRepr = Arrays.copyOfRange(out, textLen, outLen);
        }
        sha.update(out, 0, outLen);
        byte[] h = sha.digest();
        byte[] hex = new byte[64];
        for (int k = 0; k < 32; k++) {
            hex[2 * k] = HEX[(h[k] >> 4) & 0xf];
            hex[2 * k + 1] = HEX[h[k] & 0xf];
        }
        int recorded = metaHash[n]; // docstore/metadata came first (it does): its number when equal
        if (recorded >= 0 && hashes.equals(recorded, hex, 0, 64)) return recorded;
        if (metaDone) throw bail(recorded < 0 ? "missing metadata" : "stale hash"); // give up early: the full checker has work to do
        return hashes.intern(hex, 0, 64);
    }

    private static final byte[] HEX = lit("0123456789abcdef");

    /**
     * Python's repr of the metadata object at {@code [s, e)} for the common flat case (keys and
     * string values of printable ASCII without quotes or escapes, integers, booleans, None),
     * appended to {@link #out}; false for anything else ({@link PythonRepr} decides then).
     */
    private boolean reprTo(int s, int e) {
        int p = ws(s + 1);
        put('{');
        if (g(p) == '}') {
            put('}');
            return true;
        }
        int members = 0;
        while (true) {
            if (members > 0) {
                put(',');
                put(' ');
            }
            int ke = str(p);
            if (2 * members + 2 > keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
            keys[2 * members] = p;
            keys[2 * members + 1] = ke;
            members++;
            if (!reprString(p, ke)) return false;
            put(':');
            put(' ');
            int v = colon(ke);
            byte c = g(v);
            int ve;
            if (c == '{' || c == '[') {
                return false;
            } else if (c == '"') {
                ve = str(v);
                if (!reprString(v, ve)) return false;
            } else if (c == 't' || c == 'f' || c == 'n') {
                ve = literal(v, c == 't' ? "true" : c == 'f' ? "false" : "null");
                String w = c == 't' ? "True" : c == 'f' ? "False" : "None";
                for (int k = 0; k < w.length(); k++) put(w.charAt(k));
            } else {
                ve = number(v);
                if (c == '-' && g(v + 1) == '0') return false;
                for (int k = v; k < ve; k++) {
                    byte x = g(k);
                    if (x == '.' || x == 'e' || x == 'E') return false;
                    put(x);
                }
            }
            p = ws(ve);
            if (g(p) == ',') {
                p = ws(p + 1);
                continue;
            }
            put('}');
            return !repeatedKey(members);
        }
    }

    /** A string as {@code 'text'} when it has printable ASCII only, no quote and no escape. */
    private boolean reprString(int s, int e) {
        if (esc) return false;
        put('\'');
        for (int k = s + 1; k < e - 1; k++) {
            byte x = g(k);
            if (x < 0x20 || x >= 0x7F || x == '\'') return false;
            put(x);
        }
        put('\'');
        return true;
    }

    /** Key ranges of the metadata object {@link #reprTo} writes (to find a repeated key). */
    private int[] keys = new int[32];

    private boolean repeatedKey(int members) {
        for (int x = 0; x < members; x++) {
            for (int y = x + 1; y < members; y++) {
                if (sameBytes(keys[2 * x], keys[2 * x + 1], keys[2 * y], keys[2 * y + 1])) return true;
            }
        }
        return false;
    }

    /** True once docstore/metadata has been read (Python writes it first). */
    private boolean metaDone;
    private int relatedId;
    private int relatedHash;

    /** A RelatedNodeInfo object: its node_id (required string) and hash (string or null); a list's ids go to {@link #lists}. */
    private int related(int i, boolean list) {
        int id = -1;
        int hash = -1;
        int seen = 0;
        int q = first(i, '{', '}');
        while (q >= 0) {
            int fe = str(q);
            plainKey();
            int v = colon(fe);
            int k = 0;
            while (k < RELATED_KEYS.length && !keyIs(q, fe, RELATED_KEYS[k])) k++;
            if (k == RELATED_KEYS.length || (seen & (1 << k)) != 0) throw bail("related node member");
            seen |= 1 << k;
            int e;
            if (k == 0) {
                id = id(v);
                e = end;
            } else if (k == 3 && at(v) == '"') {
                hash = hashAt(v);
                e = end;
            } else if (k == 2) {
                e = same(v, lastMd); // usually the node's own metadata
                if (e < 0) e = value(v, 4);
            } else {
                if (k == 3 && at(v) != 'n') throw bail("related hash");
                e = value(v, 4);
            }
            q = next(e, '}');
        }
        if (id < 0) throw bail("related node without node_id");
        if (list) addList(id);
        relatedId = id;
        relatedHash = hash;
        return end;
    }

    // ------------------------------------------------------------------ the checks within the docstore

    /** The docstore's own cross-record checks (each loop its own method, one call per item: compiled early). */
    void checks() {
        if (nodeCount == 0) throw bail("no nodes");
        for (int k = 0; k < refDocCount; k++) listed(refDocs[k]);
        boolean[] hashUsed = new boolean[hashes.size()];
        for (int k = 0; k < nodeCount; k++) node(nodes[k], hashUsed); // one call per node (compiled early)
        orphanMetadata();
    }

    /** D1, D2, D3: every ref_doc_info id is a stored node, listed once (and by one ref doc: else the full checker decides). */
    private void listed(int ref) {
        for (int k = refStart[ref]; k < refStart[ref] + refLen[ref]; k++) {
            int n = lists[k];
            if (!isNode[n]) throw bail("dangling ref_doc_info id");
            if (listedBy[n] >= 0) throw bail("node listed twice in ref_doc_info");
            listedBy[n] = ref;
        }
    }

    /** Per node: metadata, hash, duplicates, SOURCE against metadata and ref_doc_info, links. */
    private void node(int n, boolean[] hashUsed) {
        int md = metaHash[n];
        if (md < 0) throw bail("missing metadata");
        if (nodeHash[n] != md) throw bail("stale hash");
        if (hashUsed[md]) throw bail("duplicate content");
        hashUsed[md] = true;
        int ref = metaRef[n];
        if (ref >= 0 && refStart[ref] < 0) throw bail("ref doc unrecorded");
        int src = source[n];
        if (src >= 0) {
            if (src != ref) throw bail("source mismatch");
            if (refStart[src] >= 0 && listedBy[n] != src) throw bail("source not listed");
            if (sourceHash[n] >= 0 && differs(metaHash[src], sourceHash[n])) throw bail("source hash differs");
        }
        int t = prev[n];
        if (t >= 0 && (!isNode[t] || next[t] != n)) throw bail("PREVIOUS link");
        t = next[n];
        if (t >= 0 && (!isNode[t] || prev[t] != n)) throw bail("NEXT link");
        int p = parent[n];
        if (p >= 0 && (!isNode[p] || !hasChild(p, n))) throw bail("parent link");
        for (int k = childStart[n]; k < childStart[n] + childLen[n]; k++) {
            int c = lists[k];
            if (!isNode[c] || parent[c] != n) throw bail("child link");
        }
    }

    private boolean hasChild(int p, int n) {
        for (int k = childStart[p]; k < childStart[p] + childLen[p]; k++) if (lists[k] == n) return true;
        return false;
    }

    /** D7: metadata records of no node and no ref doc. */
    private void orphanMetadata() {
        boolean[] named = new boolean[capacity];
        for (int k = 0; k < nodeCount; k++) {
            int n = nodes[k];
            if (source[n] >= 0) named[source[n]] = true;
            if (metaRef[n] >= 0) named[metaRef[n]] = true;
        }
        for (int id = 0; id < ids.size(); id++) {
            if (metaHash[id] >= 0 && !isNode[id] && refStart[id] < 0 && !named[id]) throw bail("orphan metadata");
        }
    }

    // ------------------------------------------------------------------ what the checks across the stores ask

    /** The number of the stored node {@code id}, or -1. */
    private int nodeOf(String id) {
        int n = ids.find(id);
        return n >= 0 && isNode[n] ? n : -1;
    }

    boolean isNode(String id) {
        return nodeOf(id) >= 0;
    }

    /** X7: a vector's ref doc id ({@code "None"} for none) agrees with its node's SOURCE, when it is a stored node. */
    boolean refAgrees(String id, String ref) {
        int n = nodeOf(id);
        if (n < 0) return true;
        return source[n] < 0 ? ref.equals("None") : ids.equals(source[n], ref);
    }

    /** X9, X14: the index names stored nodes; every ref doc and every node is indexed. */
    void indexReferences(Set<String> indexNodeIds) {
        boolean[] indexed = new boolean[capacity];
        boolean[] indexedRefDoc = new boolean[capacity];
        for (String id : indexNodeIds) {
            int n = nodeOf(id);
            if (n < 0) throw bail("index names a missing node");
            indexed[n] = true;
            if (source[n] >= 0) indexedRefDoc[source[n]] = true;
        }
        for (int k = 0; k < refDocCount; k++) {
            int r = refDocs[k];
            boolean any = false;
            for (int j = refStart[r]; j < refStart[r] + refLen[r] && !any; j++) any = indexed[lists[j]];
            if (!any) throw bail("unindexed ref doc");
        }
        for (int k = 0; k < nodeCount; k++) {
            int n = nodes[k];
            if (indexed[n] || childLen[n] > 0) continue;
            if (source[n] < 0 || indexedRefDoc[source[n]]) throw bail("unindexed node");
        }
    }

    /** For tests and messages: the ids of the nodes in file order. */
    List<String> nodeIds() {
        List<String> l = new java.util.ArrayList<>(nodeCount);
        for (int k = 0; k < nodeCount; k++) l.add(ids.string(nodes[k]));
        return l;
    }
}
