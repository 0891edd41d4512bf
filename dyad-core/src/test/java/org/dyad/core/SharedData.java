package org.dyad.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared test material (PETRARCH's dictionaries and records), which lives
 * beside the repository and is not part of it. Tests that need it are skipped without it.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or a skipped test when it is not there. */
    public static Path require(String relative) {
        Path root = locate();
        assumeTrue(root != null, "../shared is not present: skipped");
        Path p = root.resolve(relative);
        assumeTrue(Files.exists(p), p + " is not present: skipped");
        return p;
    }

    private static Path locate() {
        String prop = System.getProperty("dyad.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("petrarch"))) {
                return candidate;
            }
        }
        return null;
    }
}
