package org.dyad.core.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The CAMEO codebook (codes, roots, QuadClass, Goldstein scores) and its conversion to PLOVER.
 *
 * <p>Immutable. Lookups never throw: event codes coming out of dictionaries and coders are not
 * always codebook codes ("174K", "---", placeholders), so an unknown code is simply absent.
 */
public final class CameoTable {

    private static final String CODES_RESOURCE = "cameo-codes.tsv";
    private static final String PLOVER_RESOURCE = "cameo-plover.tsv";

    private final Map<String, CameoCode> codes;
    private final Map<String, PloverCategory> plover;

    private CameoTable(Map<String, CameoCode> codes, Map<String, PloverCategory> plover) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        this.plover = Collections.unmodifiableMap(new LinkedHashMap<>(plover));
    }

    /** The table bundled with dyad-core, parsed on first use and shared afterwards. */
    public static CameoTable standard() {
        return Holder.STANDARD;
    }

    public Optional<CameoCode> lookup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(codes.get(code));
    }

    public boolean isKnown(String code) {
        return code != null && codes.containsKey(code);
    }

    /**
     * PLOVER category for a code. The conversion table does not list every sub-code, and coders
     * emit sub-codes the codebook never defined, so a missing entry falls back to the three-digit
     * parent and then to the root, which is the closest classification CAMEO's hierarchy offers.
     */
    public Optional<PloverCategory> plover(String code) {
        if (code == null) {
            return Optional.empty();
        }
        PloverCategory exact = plover.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        // Only numeric codes have a meaningful hierarchy; "174K" is not a child of "174".
        if (rootOf(code).isEmpty()) {
            return Optional.empty();
        }
        if (code.length() == 4) {
            PloverCategory parent = plover.get(code.substring(0, 3));
            if (parent != null) {
                return Optional.of(parent);
            }
        }
        return code.length() > 2 ? Optional.ofNullable(plover.get(code.substring(0, 2))) : Optional.empty();
    }

    /** All codebook entries, in codebook order (each root followed by its codes). */
    public Collection<CameoCode> codes() {
        return codes.values();
    }

    /**
     * The root of a CAMEO-shaped code (two to four digits), or "" for anything else, so that
     * placeholders such as "---" or lettered dictionary codes are never mistaken for a root.
     */
    public static String rootOf(String code) {
        if (code == null || code.length() < 2 || code.length() > 4) {
            return "";
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return "";
            }
        }
        return code.substring(0, 2);
    }

    /** GDELT QuadClass of a root "01".."20"; 0 when the string is not such a root. */
    public static int quadClassOfRoot(String root) {
        if (root == null || root.length() != 2 || !rootOf(root).equals(root)) {
            return 0;
        }
        int n = Integer.parseInt(root);
        if (n >= 1 && n <= 5) {
            return 1;
        }
        if (n >= 6 && n <= 8) {
            return 2;
        }
        if (n >= 9 && n <= 13) {
            return 3;
        }
        if (n >= 14 && n <= 20) {
            return 4;
        }
        return 0;
    }

    private static CameoTable loadBundled() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        readTsv(CODES_RESOURCE, 5, (line, f) -> {
            CameoCode c = new CameoCode(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), f[4]);
            if (!rootOf(c.code()).equals(c.rootCode()) || quadClassOfRoot(c.rootCode()) != c.quadClass()) {
                throw new IllegalStateException(CODES_RESOURCE + ":" + line + ": inconsistent root or quad class");
            }
            if (codes.putIfAbsent(c.code(), c) != null) {
                throw new IllegalStateException(CODES_RESOURCE + ":" + line + ": duplicate code " + c.code());
            }
        });
        Map<String, PloverCategory> plover = new LinkedHashMap<>();
        readTsv(PLOVER_RESOURCE, 4, (line, f) -> {
            if (plover.putIfAbsent(f[0], new PloverCategory(f[1], f[2], f[3])) != null) {
                throw new IllegalStateException(PLOVER_RESOURCE + ":" + line + ": duplicate code " + f[0]);
            }
        });
        return new CameoTable(codes, plover);
    }

    // The resources ship inside the jar, so a malformed row is a build defect: fail loudly at load.
    private static void readTsv(String resource, int columns, BiConsumer<Integer, String[]> row) {
        InputStream in = CameoTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = r.readLine()) != null) {
                line++;
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                // limit -1 keeps trailing empty PLOVER mode/context columns.
                String[] fields = text.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + ":" + line + ": expected " + columns
                            + " columns, found " + fields.length);
                }
                try {
                    row.accept(line, fields);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(resource + ":" + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }

    private static final class Holder {
        static final CameoTable STANDARD = loadBundled();
    }
}
