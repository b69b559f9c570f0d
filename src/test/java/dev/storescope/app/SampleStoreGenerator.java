package dev.storescope.app;

import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.docstore.NodeBuilder;
import dev.storescope.storage.docstore.NodeRelationship;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.IndexStructType;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.storage.io.BackupSet;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.VectorEntry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the sample persist dir the app opens when no directory is given, through the library's own
 * store APIs: three documents about the (made-up) tide-powered lighthouses of the island of Veloria,
 * a vector index and a summary index over their nodes, deterministic 8-dimensional embeddings, a
 * small knowledge graph and a chat session. Run {@code main} to regenerate
 * {@code src/main/resources/dev/storescope/app/sample/}; {@code SampleStoreTest} checks it is current.
 */
public final class SampleStoreGenerator {
    static final String[][] DOCUMENTS = {
            {"veloria-tides.md", "The Tide Engines of Veloria",
                    "Veloria's seven lighthouses run on tide engines: brass drums that the sea turns twice a day. "
                            + "Each drum winds a spring that keeps the lamp turning for fourteen hours. "
                            + "When the neap tides are weak, keepers crank the drums by hand and log every turn."},
            {"keepers-logbook.md", "Customs of the Keepers' Logbook",
                    "Every keeper writes the logbook in green ink, because red is kept for shipwrecks. "
                            + "A new keeper copies the first page of the oldest logbook before the first night watch. "
                            + "Keeper Ansel of the North Light added a page of tide tables that is still in use."},
            {"marrow-glass.md", "Glass from the Marrow Dunes",
                    "The lenses are ground from dune glass found after storms on the Marrow coast. "
                            + "Dune glass is faintly blue and bends the beam into the long Veloria flash. "
                            + "A lens takes one winter to grind and is signed with the grinder's mark."},
    };

    private SampleStoreGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/dev/storescope/app/sample");
        generate(out);
        System.out.println("wrote " + out);
    }

    /** Writes the sample persist dir into {@code out} (created if needed). */
    public static void generate(Path out) throws Exception {
        Files.createDirectories(out);
        SimpleDocumentStore docstore = new SimpleDocumentStore();
        SimpleVectorStore vectors = SimpleVectorStore.create();
        List<String> nodeIds = new ArrayList<>();
        LinkedHashMap<String, String> nodesDict = new LinkedHashMap<>();
        for (int d = 0; d < DOCUMENTS.length; d++) {
            String[] doc = DOCUMENTS[d];
            String docId = "doc-" + doc[0].replace(".md", "");
            JsonObject meta = JsonObject.builder().put("file_name", doc[0]).put("title", doc[1]).put("chapter", d + 1).build();
            StoredNode document = NodeBuilder.create().id(docId).text(doc[2]).metadata(meta).buildDocument();
            docstore.setDocumentHash(docId, document.hash());
            List<StoredNode> chunks = chunks(docId, document, meta);
            docstore.addDocuments(chunks);
            for (StoredNode n : chunks) {
                nodeIds.add(n.id());
                nodesDict.put(n.id(), n.id());
                JsonObject vmeta = meta.with("_node_type", "TextNode").with("document_id", docId).with("doc_id", docId).with("ref_doc_id", docId);
                vectors.add(List.of(new VectorEntry(n.id(), embedding(n.text()), docId, vmeta)));
            }
        }
        docstore.persist(out.resolve("docstore.json"), null);

        SimpleIndexStore indexes = new SimpleIndexStore();
        JsonObject.Builder dict = JsonObject.builder();
        for (Map.Entry<String, String> e : nodesDict.entrySet()) dict.put(e.getKey(), e.getValue());
        indexes.addIndexStruct(IndexStruct.of(IndexStructType.VECTOR_STORE, JsonObject.builder().put("index_id", "veloria-vector")
                .putNull("summary").put("nodes_dict", dict.build()).put("doc_id_dict", JsonObject.EMPTY)
                .put("embeddings_dict", JsonObject.EMPTY).build()));
        indexes.addIndexStruct(IndexStruct.of(IndexStructType.LIST, JsonObject.builder().put("index_id", "veloria-summary")
                .putNull("summary").put("nodes", dev.storescope.json.JsonArray.ofStrings(nodeIds)).build()));
        indexes.persist(out.resolve("index_store.json"), null);

        vectors.persist(out.resolve("default__vector_store.json"), null);
        SimpleVectorStore.create().persist(out.resolve("image__vector_store.json"), null);

        SimpleGraphStore graph = new SimpleGraphStore();
        graph.upsertTriplet("Veloria", "has", "seven lighthouses");
        graph.upsertTriplet("lighthouse", "runs on", "tide engine");
        graph.upsertTriplet("tide engine", "winds", "lamp spring");
        graph.upsertTriplet("Keeper Ansel", "keeps", "North Light");
        graph.upsertTriplet("Keeper Ansel", "added", "tide tables");
        graph.upsertTriplet("lens", "is ground from", "dune glass");
        graph.upsertTriplet("dune glass", "is found on", "Marrow coast");
        graph.persist(out.resolve("graph_store.json"), null);

        SimpleChatStore chat = new SimpleChatStore();
        chat.addMessage("visitor-1", ChatMessage.user("Why do the Veloria lighthouses flash so long?"));
        chat.addMessage("visitor-1", ChatMessage.assistant("Their lenses are ground from blue dune glass, which bends the beam into the long Veloria flash."));
        chat.addMessage("visitor-1", ChatMessage.user("Who keeps the North Light?"));
        chat.addMessage("visitor-1", ChatMessage.assistant("Keeper Ansel; he also added the tide tables to the logbook."));
        chat.addMessage("keeper-ansel", ChatMessage.user("Log: neap tide, cranked the drum 240 turns."));
        chat.persist(out.resolve("chat_store.json"), (BackupSet) null);
    }

    /** Splits a document into sentence chunks linked by SOURCE, PREVIOUS and NEXT, as a node parser does. */
    private static List<StoredNode> chunks(String docId, StoredNode document, JsonObject meta) throws Exception {
        String[] sentences = document.text().split("(?<=\\.) ");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) ids.add(docId + "-node-" + (i + 1));
        List<StoredNode> nodes = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < sentences.length; i++) {
            NodeBuilder b = NodeBuilder.create().id(ids.get(i)).text(sentences[i]).metadata(meta)
                    .charIdx((long) offset, (long) (offset + sentences[i].length()))
                    .relationship(NodeRelationship.SOURCE, document.asRelatedNodeInfo());
            offset += sentences[i].length() + 1;
            nodes.add(b.buildTextNode());
        }
        List<StoredNode> linked = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            StoredNode n = nodes.get(i);
            if (i > 0) n = n.withRelationship(NodeRelationship.PREVIOUS, nodes.get(i - 1).asRelatedNodeInfo());
            if (i + 1 < nodes.size()) n = n.withRelationship(NodeRelationship.NEXT, nodes.get(i + 1).asRelatedNodeInfo());
            linked.add(n);
        }
        return linked;
    }

    /** A deterministic 8-dimensional "embedding" from the text's SHA-256 (no model needed). */
    static double[] embedding(String text) throws Exception {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        double[] v = new double[8];
        for (int i = 0; i < 8; i++) v[i] = Math.round(((h[i] & 0xff) / 127.5 - 1.0) * 10000) / 10000.0;
        return v;
    }

}
