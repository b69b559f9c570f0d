package dev.storescope.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists a persist dir and classifies its files the way LlamaIndex (Python and TS) names them
 * (spec §1.1, §1.4), sniffing the first bytes where a name is ambiguous.
 */
public final class PersistDirScanner {
    public static final String DOCSTORE = "docstore.json";
    public static final String INDEX_STORE = "index_store.json";
    public static final String GRAPH_STORE = "graph_store.json";
    public static final String PROPERTY_GRAPH_STORE = "property_graph_store.json";
    public static final String CHAT_STORE = "chat_store.json";
    public static final String TS_DOC_STORE = "doc_store.json";
    public static final String VECTOR_STORE_SUFFIX = "vector_store.json";
    public static final String NAMESPACE_SEP = "__";

    private PersistDirScanner() {
    }

    /** The regular files of {@code dir} (not sub-folders, not StoreScope's own backups), classified. */
    public static List<PersistFile> scan(Path dir) throws IOException {
        List<PersistFile> out = new ArrayList<>();
        boolean ts = Files.isRegularFile(dir.resolve(TS_DOC_STORE));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!Files.isRegularFile(p)) continue;
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) continue; // our own interrupted temp files
                out.add(classify(p, name, Files.size(p), ts));
            }
        }
        out.sort(Comparator.comparing(PersistFile::name));
        return out;
    }

    static PersistFile classify(Path p, String name, long size, boolean tsDir) throws IOException {
        if (name.endsWith(VECTOR_STORE_SUFFIX)) {
            String head = head(p);
            if (!head.isEmpty() && head.charAt(0) != '{') return new PersistFile(name, p, size, FileKind.BINARY_VECTOR_INDEX, namespaceOf(name), false);
            if (name.equals(VECTOR_STORE_SUFFIX)) {
                boolean camel = head.contains("\"embeddingDict\"");
                return new PersistFile(name, p, size, camel ? FileKind.TS_VECTOR_STORE : FileKind.VECTOR_STORE, "default", !camel);
            }
            return new PersistFile(name, p, size, FileKind.VECTOR_STORE, namespaceOf(name), false);
        }
        FileKind kind = switch (name) {
            case DOCSTORE -> FileKind.DOCSTORE;
            case INDEX_STORE -> FileKind.INDEX_STORE;
            case GRAPH_STORE -> FileKind.GRAPH_STORE;
            case PROPERTY_GRAPH_STORE -> FileKind.PROPERTY_GRAPH_STORE;
            case CHAT_STORE -> FileKind.CHAT_STORE;
            case TS_DOC_STORE -> FileKind.TS_DOC_STORE;
            case "llama_cache" -> FileKind.INGESTION_CACHE;
            default -> name.endsWith(".pickle") || name.endsWith(".pkl") ? FileKind.PICKLE : FileKind.OTHER;
        };
        return new PersistFile(name, p, size, kind, null, false);
    }

    /** Python's rule: the namespace is the part before the first {@code __}. */
    static String namespaceOf(String name) {
        int i = name.indexOf(NAMESPACE_SEP);
        return i < 0 ? name : name.substring(0, i);
    }

    private static String head(Path p) throws IOException {
        byte[] b = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(p)) {
            n = in.readNBytes(b, 0, b.length);
        }
        int i = 0;
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) i = 3;
        while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) i++;
        return new String(b, i, n - i, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
