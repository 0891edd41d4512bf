package org.dyad.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.dyad.core.cameo.CameoCode;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.cameo.PloverCategory;
import org.dyad.core.coder.CodedEvent;

/** Turns the coder's triples into full event records, adding what the CAMEO and PLOVER tables know. */
public final class EventFactory {

    private final CameoTable cameo;

    public EventFactory(CameoTable cameo) {
        this.cameo = cameo;
    }

    public Event create(CodedEvent e, String articleId, String sentenceId, int sentenceIndex, String sentence,
                        LocalDate date, Map<String, Integer> issues) {
        return create(e, articleId, sentenceId, sentenceIndex, sentence, date == null ? null : date.toString(), issues);
    }

    /** As above, with the event's date at the precision known ("2019-04"). */
    public Event create(CodedEvent e, String articleId, String sentenceId, int sentenceIndex, String sentence,
                        String date, Map<String, Integer> issues) {
        CameoCode c = cameo.lookup(e.code()).orElse(null);
        String root = CameoTable.rootOf(e.code());
        PloverCategory p = cameo.plover(e.code()).orElse(null);
        return new Event(
                id(articleId, sentenceIndex, e.source(), e.target(), e.code()),
                articleId, sentenceId, sentenceIndex, sentence,
                date,
                ActorRef.of(e.source(), e.sourceText()),
                ActorRef.of(e.target(), e.targetText()),
                e.code(),
                root.isEmpty() ? null : root,
                c != null ? Integer.valueOf(c.quadClass())
                        : root.isEmpty() ? null : Integer.valueOf(CameoTable.quadClassOfRoot(root)),
                c == null ? null : c.goldstein(),
                p == null ? null : new Plover(p.event(), p.mode(), p.context()),
                e.modality() == null ? null : e.modality().label(),
                new Evidence(e.verb(), e.pattern(), e.patternSource()),
                issues);
    }

    /** A stable id: the same article, sentence and triple always give the same id. */
    static String id(String articleId, int sentenceIndex, String source, String target, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String key = articleId + "\u0000" + sentenceIndex + "\u0000" + source + "\u0000" + target + "\u0000" + code;
            byte[] h = md.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
