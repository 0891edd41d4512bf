package org.dyad.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON answers of the API, kept for identical questions while the store cannot change.
 *
 * <p>A store served read-only cannot change while the server runs (DuckDB keeps writers out of a
 * file that a reader holds), so an answer computed once stays true: the same question, with its
 * parameters in any order, is answered from memory. A dashboard asks the same few questions for
 * every visitor that opens it. The cache is bounded by size; errors are never kept. A store open
 * for writing is answered afresh every time.
 */
final class Answers {

    /** A handler that computes a JSON answer. */
    @FunctionalInterface
    interface Question {
        String answer(Context ctx) throws Exception;
    }

    private static final long MAX_BYTES = 64L << 20;

    private final Cache<String, byte[]> kept;

    Answers(boolean storeIsFixed) {
        this.kept = storeIsFixed
                ? Caffeine.newBuilder().maximumWeight(MAX_BYTES).weigher((String k, byte[] v) -> v.length + k.length())
                        .build()
                : null;
    }

    Handler of(Question q) {
        return ctx -> {
            ctx.contentType("application/json");
            if (kept == null) {
                ctx.result(q.answer(ctx));
                return;
            }
            String key = key(ctx);
            byte[] answer = kept.getIfPresent(key);
            if (answer == null) {
                answer = q.answer(ctx).getBytes(StandardCharsets.UTF_8);
                kept.put(key, answer);
            }
            ctx.result(answer);
        };
    }

    /** The path and the parameters in a fixed order, so that a=1&b=2 and b=2&a=1 are one question. */
    private static String key(Context ctx) {
        StringBuilder key = new StringBuilder(ctx.path());
        for (Map.Entry<String, List<String>> e : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
            for (String v : e.getValue()) {
                key.append('\u0000').append(e.getKey()).append('=').append(v);
            }
        }
        return key.toString();
    }
}
