package dev.storescope.storage.docstore;

import dev.storescope.json.Utf8;

import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.json.PythonRepr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Node hashes as LlamaIndex computes them (spec §4.8): SHA-256 hex of a UTF-8 string encoded
 * with {@code surrogatepass}. {@link #hash(StoredNode)} uses the current core 0.14 rule for the
 * node's class; {@link #hash(StoredNode, HashRule)} any historical rule, and
 * {@link #plausibleRules(StoredNode)} the rules a version that wrote this record could have used.
 * <p>
 * Limits: hashes are computed from JSON, while Python hashed in-memory values (datetimes,
 * tuples) — mismatches are expected now and then. MediaResource {@code url}s are hashed as
 * stored; pydantic's {@code AnyUrl} may have normalised them (e.g. a trailing {@code /}).
 */
public final class NodeHasher {
    private static final String[] RESOURCE_ORDER = {"audio_resource", "image_resource", "text_resource", "video_resource"};

    private NodeHasher() {
    }

    /** The hash by current (core 0.14) rules: what {@code add_documents} writes as {@code doc_hash}. */
    public static String hash(StoredNode node) {
        return hash(node, defaultRule(node));
    }

    public static String hash(StoredNode node, HashRule rule) {
        return sha256Hex(hashInput(node, rule));
    }

    /** The current rule for the node's class. */
    public static HashRule defaultRule(StoredNode node) {
        return switch (node.kind()) {
            case IMAGE_NODE -> HashRule.IMAGE_NODE;
            case DOCUMENT, IMAGE_DOCUMENT, NODE -> HashRule.METADATA_AND_MEDIA;
            default -> HashRule.TEXT_METADATA;
        };
    }

    /**
     * The rules a LlamaIndex version that could have written this record (judged by its era)
     * used for its class, most likely first. For a consistency check (§11.1 D8).
     */
    public static List<HashRule> plausibleRules(StoredNode node) {
        if (node.era() == NodeEra.LEGACY) return List.of(HashRule.LEGACY_TEXT_EXTRA_INFO);
        NodeKind k = node.kind();
        if (node.era() == NodeEra.PYDANTIC) {
            if (k == NodeKind.IMAGE_NODE || k == NodeKind.IMAGE_DOCUMENT) return List.of(HashRule.IMAGE_NODE, HashRule.TEXT_METADATA);
            return List.of(HashRule.TEXT_METADATA);
        }
        return switch (k) {
            case IMAGE_NODE -> List.of(HashRule.IMAGE_NODE);
            case DOCUMENT, IMAGE_DOCUMENT, NODE -> List.of(HashRule.METADATA_AND_MEDIA, HashRule.MEDIA_RESOURCES);
            default -> List.of(HashRule.TEXT_METADATA);
        };
    }

    /** The string that is hashed under {@code rule}. */
    public static String hashInput(StoredNode node, HashRule rule) {
        return switch (rule) {
            case LEGACY_TEXT_EXTRA_INFO -> {
                JsonValue extra = node.data().get(node.metadataKey());
                yield (node.text() == null ? "None" : node.text()) + PythonRepr.str(extra == null ? JsonNull.INSTANCE : extra);
            }
            case TEXT_METADATA -> (node.text() == null ? "" : node.text()) + PythonRepr.repr(node.metadata());
            case IMAGE_NODE -> orNone(node.image()) + "-" + orNone(node.imagePath()) + "-" + orNone(node.imageUrl())
                    + "-" + orNone(node.text());
            case MEDIA_RESOURCES -> String.join("-", resourceHashes(node));
            case METADATA_AND_MEDIA -> {
                List<String> parts = new ArrayList<>();
                String md = NodeContent.metadataStr(node, MetadataMode.ALL);
                if (!md.isEmpty()) parts.add(md);
                parts.addAll(resourceHashes(node));
                yield String.join("-", parts);
            }
        };
    }

    private static String orNone(String s) {
        return s == null || s.isEmpty() ? "None" : s;
    }

    /**
     * The MediaResource hashes in order audio, image, text, video. Records without resources
     * (pre-0.12.6 Documents) get the resources Python builds on load: a text resource for
     * non-empty {@code text}, an image resource from {@code image}/{@code image_path}/{@code image_url}.
     */
    private static List<String> resourceHashes(StoredNode node) {
        List<String> out = new ArrayList<>(4);
        JsonObject d = node.data();
        boolean media = node.hasMediaLayout();
        for (String key : RESOURCE_ORDER) {
            if (media) {
                node.resource(key).ifPresent(r -> out.add(mediaResourceHash(r, null)));
            } else if (key.equals("image_resource") && (node.image() != null || node.imagePath() != null || node.imageUrl() != null)) {
                JsonObject r = JsonObject.builder().put("path", node.imagePath()).put("url", node.imageUrl()).build();
                out.add(mediaResourceHash(r, node.image() == null ? null : node.image().getBytes(StandardCharsets.UTF_8)));
            } else if (key.equals("text_resource") && d.get("text") instanceof JsonString s && !s.value().isEmpty()) {
                out.add(mediaResourceHash(JsonObject.builder().put("text", s.value()).build(), null));
            }
        }
        return out;
    }

    /** A MediaResource hash from its JSON ({@code data} is never persisted, so it is passed separately). */
    public static String mediaResourceHash(JsonObject resource, byte[] data) {
        StringBuilder sb = new StringBuilder();
        if (resource.get("text") instanceof JsonString t) sb.append(t.value());
        if (data != null) sb.append(sha256Hex(data));
        Optional.ofNullable(resource.getString("path")).ifPresent(p -> sb.append(sha256Hex(p)));
        Optional.ofNullable(resource.getString("url")).ifPresent(u -> sb.append(sha256Hex(u)));
        return sb.length() == 0 ? "" : sha256Hex(sb.toString());
    }

    /** SHA-256 hex of {@code s} encoded as Python's {@code s.encode("utf-8", "surrogatepass")}. */
    public static String sha256Hex(String s) {
        return sha256Hex(utf8SurrogatePass(s));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder(64);
            for (byte b : h) sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 where a lone surrogate becomes its own 3-byte sequence (Python's {@code surrogatepass}). */
    public static byte[] utf8SurrogatePass(String s) {
        return Utf8.encodeSurrogatePass(s);
    }
}
