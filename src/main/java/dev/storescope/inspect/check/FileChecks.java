package dev.storescope.inspect.check;

import dev.storescope.json.JsonSyntaxException;
import dev.storescope.storage.FileKind;
import dev.storescope.storage.LoadProblem;
import dev.storescope.storage.PersistFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** File-level checks (spec §11.3): unreadable JSON (with offset, line, column, excerpt), truncation, shape, BOM, bytes that are not UTF-8, binary indexes. */
final class FileChecks {
    private FileChecks() {
    }

    static void run(CheckContext cx) {
        for (LoadProblem p : cx.storage.problems()) problem(cx, p);
        for (PersistFile f : cx.storage.files()) {
            if (f.kind() == FileKind.BINARY_VECTOR_INDEX) {
                cx.out.add(CheckId.FILE_BINARY, Location.file(f.name()), f.name() + " is a binary index (" + f.size() + " bytes), not JSON: "
                        + "FaissVectorStore (or a similar integration) reads it; SimpleVectorStore.from_persist_dir would fail to parse it. Its content is not checked");
            }
        }
    }

    /** BOM and UTF-8 checks of one file (run in parallel with the other checks). */
    static void encoding(CheckContext cx, PersistFile f) {
        if (!isJsonKind(f.kind()) || f.size() == 0) return;
        try {
            byte[] head = new byte[3];
            int n;
            try (InputStream in = Files.newInputStream(f.path())) {
                n = in.readNBytes(head, 0, 3);
            }
            if (n == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                cx.out.add(CheckId.FILE_BOM, Location.file(f.name()), f.name() + " starts with a UTF-8 byte order mark (EF BB BF): Python's json.load "
                        + "raises JSONDecodeError: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)");
            }
            long bad = Utf8Check.firstInvalid(f.path());
            if (bad >= 0) {
                cx.out.add(CheckId.FILE_NOT_UTF8, Location.file(f.name()), f.name() + ": byte " + bad + " is not UTF-8 (the file was probably written "
                        + "in a Windows code page): loading raises UnicodeDecodeError: 'utf-8' codec can't decode byte at position " + bad);
            }
        } catch (IOException e) {
            cx.out.add(CheckId.FILE_NOT_JSON, Location.file(f.name()), f.name() + " cannot be read: " + e.getMessage());
        }
    }

    static boolean isJsonKind(FileKind k) {
        return k.isKeyValue() || k == FileKind.VECTOR_STORE || k == FileKind.TS_VECTOR_STORE || k == FileKind.GRAPH_STORE
                || k == FileKind.PROPERTY_GRAPH_STORE || k == FileKind.CHAT_STORE;
    }

    private static void problem(CheckContext cx, LoadProblem p) {
        String name = p.file().name();
        if (p.error() instanceof JsonSyntaxException e) {
            Location at = Location.at(name, e.path());
            String where = " at byte " + e.offset() + " (line " + e.line() + ", column " + e.column() + "), path " + e.path();
            String near = e.excerpt() == null || e.excerpt().isEmpty() ? "" : "; near: " + e.excerpt();
            if (p.file().size() == 0 || "empty file".equals(e.detail())) {
                cx.out.add(CheckId.FILE_EMPTY, at, name + " is empty: loading raises JSONDecodeError: Expecting value: line 1 column 1 (char 0). "
                        + "Persist was interrupted before it wrote anything; restore a backup");
            } else if (e.detail().contains("truncated") || e.offset() >= p.file().size()) {
                cx.out.add(CheckId.FILE_TRUNCATED, at, name + " ends in the middle of a value" + where + " (an interrupted persist): loading raises "
                        + "JSONDecodeError. `storescope salvage` recovers every complete entry" + near);
            } else {
                cx.out.add(CheckId.FILE_NOT_JSON, at, name + " is not valid JSON" + where + ": " + e.detail() + "; loading raises JSONDecodeError" + near);
            }
        } else {
            cx.out.add(CheckId.FILE_WRONG_SHAPE, Location.file(name), p.message() + ": LlamaIndex fails to load the " + p.file().kind().description());
        }
    }
}
