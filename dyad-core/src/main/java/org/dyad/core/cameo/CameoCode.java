package org.dyad.core.cameo;

import java.util.Objects;

/**
 * One entry of the CAMEO codebook, at any level (root "01", base "010", sub-code "0211").
 *
 * @param code      the CAMEO code as a string, since leading zeros are significant
 * @param rootCode  the two-digit root the code belongs to
 * @param quadClass GDELT QuadClass of the root: 1 verbal cooperation, 2 material cooperation,
 *                  3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein conflict-cooperation score in [-10, 10]
 * @param name      the codebook's short name
 */
public record CameoCode(String code, String rootCode, int quadClass, double goldstein, String name) {

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rootCode, "rootCode");
        Objects.requireNonNull(name, "name");
    }
}
