package org.dyad.store;

import java.util.List;

/**
 * One page of events in the order asked for.
 *
 * @param total   how many events the query selects in all
 * @param records the events of this page, each the JSON event record as {@code dyad code} writes it
 */
public record EventPage(long total, int page, int size, List<String> records) {

    public EventPage {
        records = List.copyOf(records);
    }
}
