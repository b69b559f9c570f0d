package dev.storescope.vector_stores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LlamaIndex's {@code get_top_k_mmr_embeddings}, step for step: maximal marginal relevance that
 * discounts each candidate by its similarity to the result picked last (threshold 0.5 by default;
 * 1 = plain similarity, 0 = avoid similarity to previous results).
 */
final class Mmr {
    private Mmr() {
    }

    static List<TopK.Scored> select(double[] query, List<double[]> embeddings, List<String> ids, Integer topK, Double mmrThreshold) {
        if (topK != null && topK == 0) return List.of();
        double threshold = mmrThreshold != null ? mmrThreshold : 0.5;
        Map<String, Integer> full = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) full.put(ids.get(i), i);
        Map<String, Integer> remaining = new LinkedHashMap<>(full);
        Map<String, Double> simToQuery = new LinkedHashMap<>();
        double score = Double.NEGATIVE_INFINITY;
        String best = null;
        for (int i = 0; i < embeddings.size(); i++) {
            double sim = Similarity.cosine(query, embeddings.get(i));
            simToQuery.put(ids.get(i), sim);
            if (sim * threshold > score) {
                best = ids.get(i);
                score = sim * threshold;
            }
        }
        List<TopK.Scored> results = new ArrayList<>();
        int count = topK != null ? topK : embeddings.size();
        while (results.size() < Math.min(count, embeddings.size())) {
            if (best == null || !remaining.containsKey(best)) {
                // Python: del embed_map[high_score_id] when no candidate scored above -inf (NaN or zero vectors)
                throw new IllegalArgumentException("KeyError: " + (best == null ? "None" : pyRepr(best))
                        + " (no remaining candidate scored above -inf; check for NaN or zero vectors)");
            }
            results.add(new TopK.Scored(score, best));
            remaining.remove(best);
            String recent = best;
            score = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Integer> e : remaining.entrySet()) {
                double overlap = Similarity.cosine(embeddings.get(e.getValue()), embeddings.get(full.get(recent)));
                double s = threshold * simToQuery.get(e.getKey()) - (1 - threshold) * overlap;
                if (s > score) {
                    score = s;
                    best = e.getKey();
                }
            }
        }
        return results;
    }

    /** Python's {@code repr} of a str (quotes and backslashes; enough for error messages). */
    static String pyRepr(String s) {
        String body = s.replace("\\", "\\\\");
        if (s.contains("'") && !s.contains("\"")) return "\"" + body + "\"";
        return "'" + body.replace("'", "\\'") + "'";
    }
}
