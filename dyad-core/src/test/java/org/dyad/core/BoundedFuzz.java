package org.dyad.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fuzz test as {@code mvn test} runs it: with JAZZER_FUZZ set (the build's {@code fuzz}
 * execution) it is fuzzed for a bounded time, short enough that every target fits in a CI run;
 * without, only its seeds and the crash inputs kept beside it run. Longer runs go through Jazzer's
 * own command line (docs/robustness.md).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@FuzzTest(maxDuration = "10s")
public @interface BoundedFuzz {
}
