package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventQueryTest {

    private static EventQuery parse(Map<String, List<String>> p) {
        return EventQuery.parse(p, Set.of("page"));
    }

    @Test
    void readsEveryFilter() {
        EventQuery q = parse(Map.ofEntries(Map.entry("actor", List.of("usagov")), Map.entry("country", List.of("VEN")),
                Map.entry("root", List.of("14,18")), Map.entry("quad_class", List.of("3", "4")),
                Map.entry("modality", List.of("Negated")), Map.entry("from", List.of("2019-01-01")),
                Map.entry("to", List.of("2019-12-31")), Map.entry("q", List.of("navy")), Map.entry("page", List.of("2"))));
        assertThat(q.actor()).isEqualTo("USAGOV");
        assertThat(q.roots()).containsExactly("14", "18");
        assertThat(q.quadClasses()).containsExactly(3, 4);
        assertThat(q.modalities()).containsExactly("negated");
        assertThat(q.from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(q.text()).isEqualTo("navy");
    }

    @Test
    void refusesWhatIsNotACodeADateOrAKnownName() {
        assertThatThrownBy(() -> parse(Map.of("root", List.of("21")))).hasMessageContaining("'root'");
        assertThatThrownBy(() -> parse(Map.of("quad_class", List.of("5")))).hasMessageContaining("QuadClass");
        assertThatThrownBy(() -> parse(Map.of("modality", List.of("maybe")))).hasMessageContaining("modality");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("yesterday")))).hasMessageContaining("'from'");
        assertThatThrownBy(() -> parse(Map.of("actor", List.of("USA' OR 1=1 --")))).hasMessageContaining("'actor'");
        assertThatThrownBy(() -> parse(Map.of("sortt", List.of("date")))).hasMessageContaining("unknown parameter 'sortt'");
        assertThatThrownBy(() -> parse(Map.of("actor", List.of("USA", "VEN")))).hasMessageContaining("2 times");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2020-01-02"), "to", List.of("2020-01-01"))))
                .hasMessageContaining("after");
        assertThatThrownBy(() -> parse(Map.of("q", List.of("x".repeat(201))))).hasMessageContaining("200");
    }

    @Test
    void eachValueTakesItsOwnPlaceholder() {
        EventQuery.Sql sql = parse(Map.of("actor", List.of("USA"), "root", List.of("01,02,03"))).where();
        assertThat(sql.params()).containsExactly("USA", "USA", "01", "02", "03");
        assertThat(sql.text()).doesNotContain("USA").contains("root_code IN (?, ?, ?)");
    }

    @Test
    void firstDayOfEachPrecision() {
        assertThat(EventStore.firstDay("2019")).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(EventStore.firstDay("2019-05")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(EventStore.firstDay("2019-05-14")).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(EventStore.firstDay("garbage")).isNull();
        assertThat(EventStore.firstDay(null)).isNull();
    }
}
