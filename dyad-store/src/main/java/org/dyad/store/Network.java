package org.dyad.store;

import java.util.List;

/**
 * The actor network of a set of events: actors as nodes, directed dyads as edges.
 *
 * @param nodes the actors the edges name, with the number of events each takes part in
 * @param edges the dyads with most events, most first
 * @param dyads how many dyads the query selects before the edge limit
 */
public record Network(List<Node> nodes, List<Edge> edges, long dyads) {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** An actor: its code (or country, when the network is by country) and its events. */
    public record Node(String id, String country, long events) {
    }

    /** A source-to-target dyad, its event count and mean Goldstein score (-10 conflict to +10 cooperation). */
    public record Edge(String source, String target, long events, Double meanGoldstein, long conflict,
                       long cooperation) {
    }
}
