package org.dyad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Event;
import org.dyad.core.model.TimeExpression;
import org.junit.jupiter.api.Test;

class EventDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 14);

    private static TimeExpression time(String type, String value) {
        return new TimeExpression("text", type, value, 0, 0);
    }

    @Test
    void aNamedMonthDatesTheEventAtMonthPrecision() {
        assertThat(EventDates.of(List.of(time("DATE", "2019-04")), PUBLISHED)).isEqualTo("2019-04");
    }

    @Test
    void theFirstCalendarDateWins() {
        assertThat(EventDates.of(List.of(time("DATE", "2018"), time("DATE", "2019-02-03")), PUBLISHED))
                .isEqualTo("2018");
    }

    @Test
    void durationsTimesOfDayAndPresentReferencesFallBackToTheArticleDate() {
        List<TimeExpression> vague = List.of(time("DURATION", "P3D"), time("TIME", "2019-05-14T10:00"),
                time("DATE", "PRESENT_REF"), time("DATE", "2019-W20"), time("DATE", null));
        assertThat(EventDates.of(vague, PUBLISHED)).isEqualTo("2019-05-14");
    }

    @Test
    void nothingKnownIsNull() {
        assertThat(EventDates.of(List.of(), null)).isNull();
    }

    @Test
    void anEventDatedAfterPublicationIsStillToCome() {
        assertThat(EventDates.after("2019-05-20", PUBLISHED)).isTrue();
        assertThat(EventDates.after("2019-06", PUBLISHED)).isTrue();
        assertThat(EventDates.after("2020", PUBLISHED)).isTrue();
    }

    @Test
    void anEventDatedOnOrBeforePublicationHasHappened() {
        assertThat(EventDates.after("2019-05-14", PUBLISHED)).isFalse();
        assertThat(EventDates.after("2019-05", PUBLISHED)).isFalse();
        assertThat(EventDates.after("2019-02", PUBLISHED)).isFalse();
        assertThat(EventDates.after("2019", PUBLISHED)).isFalse();
        assertThat(EventDates.after(null, PUBLISHED)).isFalse();
        assertThat(EventDates.after("2020", null)).isFalse();
    }

    private static Event event(int sentence, String source, String target, String code, String date) {
        return new Event("id" + sentence, "a", "a-" + sentence, sentence, "text", date, ActorRef.of(source, source),
                ActorRef.of(target, target), code, code.substring(0, 2), 1, 1.0, null, null, null, null);
    }

    @Test
    void aRepeatedEventIsKeptOnceWhereFirstReportedWithItsMentionsCounted() {
        List<Event> coded = List.of(
                event(0, "USA", "VEN", "040", "2019-05-14"),
                event(1, "VEN", "USA", "111", "2019-05-14"),
                event(5, "USA", "VEN", "040", "2019-05-14"),
                event(7, "USA", "VEN", "040", "2019-05-14"));

        List<Event> kept = ArticleCoder.deduplicate(coded);

        assertThat(kept).extracting(Event::sentenceIndex).containsExactly(0, 1);
        assertThat(kept).extracting(Event::mentions).containsExactly(3, 1);
    }

    @Test
    void theSameDyadAndCodeOnAnotherDateIsAnotherEvent() {
        List<Event> coded = List.of(
                event(0, "USA", "VEN", "040", "2019-05-14"),
                event(3, "USA", "VEN", "040", "2019-04"));

        assertThat(ArticleCoder.deduplicate(coded)).extracting(Event::mentions).containsExactly(1, 1);
    }

    @Test
    void acrossArticlesOneEventADayIsKeptWithItsMentionsAndArticlesCounted() throws Exception {
        List<Event> written = new java.util.ArrayList<>();
        org.dyad.core.output.EventWriter sink = new org.dyad.core.output.EventWriter() {
            @Override
            public void write(Event e) {
                written.add(e);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Event inFirst = event(0, "USA", "VEN", "040", "2019-05-14").withMentions(2).withOutlet("Reuters");
        Event inSecond = new Event("x", "b", "b-3", 3, "text", "2019-05-14", inFirst.source(), inFirst.target(),
                "040", "04", 1, 1.0, null, null, null, null).withOutlet("AFP");
        Event otherDay = new Event("y", "c", "c-0", 0, "text", "2019-05-15", inFirst.source(), inFirst.target(),
                "040", "04", 1, 1.0, null, null, null, null);

        try (org.dyad.core.output.OneADayFilter filter = new org.dyad.core.output.OneADayFilter(sink)) {
            filter.write(inFirst);
            filter.write(inSecond);
            filter.write(otherDay);
            assertThat(written).as("nothing is written before the run ends").isEmpty();
        }

        assertThat(written).hasSize(2);
        assertThat(written.get(0).articleId()).isEqualTo("a");
        assertThat(written.get(0).mentions()).isEqualTo(3);
        assertThat(written.get(0).articles()).isEqualTo(2);
        assertThat(written.get(0).sources()).isEqualTo(2);
        assertThat(written.get(1).articles()).isEqualTo(1);
    }
}
