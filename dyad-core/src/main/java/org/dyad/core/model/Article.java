package org.dyad.core.model;

import java.time.LocalDate;

/**
 * A news article as it enters dyad.
 *
 * @param date publication date, or null when the input carries none
 */
public record Article(String id, String url, String outlet, LocalDate date, String title, String text) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an article needs an id");
        }
        text = text == null ? "" : text;
    }
}
