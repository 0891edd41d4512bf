package org.dyad.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesTest {

    @TempDir
    static Path dir;

    private static Gazetteer gazetteer;
    private static final List<String> problems = new ArrayList<>();

    /** A GeoNames line: the 19 columns of the dump format. */
    private static String line(String name, String alternates, double lat, double lon, String featureClass,
                               String featureCode, String country, long population) {
        return String.join("\t", "0", name, name, alternates, Double.toString(lat), Double.toString(lon),
                featureClass, featureCode, country, "", "", "", "", "", Long.toString(population), "", "0", "",
                "2026-01-01");
    }

    @BeforeAll
    static void load() throws IOException {
        Path file = dir.resolve("cities.txt");
        Files.write(file, List.of(
                line("Caracas", "Santiago de Leon de Caracas", 10.49, -66.88, "P", "PPLC", "VE", 3_000_000),
                line("Venezuela", "Bolivarian Republic of Venezuela", 8.0, -66.0, "A", "PCLI", "VE", 0),
                line("Paris", "", 48.85, 2.35, "P", "PPLC", "FR", 2_100_000),
                line("Paris", "", 33.66, -95.56, "P", "PPL", "US", 25_000),
                line("Kyiv", "Kiev,Kyyiv", 50.45, 30.52, "P", "PPLC", "UA", 2_900_000),
                line("Ho Chi Minh City", "Saigon", 10.82, 106.63, "P", "PPLA", "VN", 8_000_000),
                line("Mount Nothing", "", 1.0, 1.0, "T", "MT", "VE", 0),
                "0\tBroken\tBroken\t\tnot-a-number",
                line("Geneva", "Geneve,Genf", 46.2, 6.15, "P", "PPLA", "CH", 200_000)));
        gazetteer = Gazetteer.empty().add(file, problems::add);
    }

    @Test
    void anEventIsPlacedInTheCityItsSentenceNames() {
        Place p = Places.find("Cabello met last month in Caracas with a US contact.", gazetteer).orElseThrow();

        assertThat(p.name()).isEqualTo("Caracas");
        assertThat(p.country()).isEqualTo("VEN");
        assertThat(p.lat()).isEqualTo(10.49);
    }

    @Test
    void aMultiWordNameAndAnAlternateNameAreFound() {
        assertThat(Places.find("Talks were held in Ho Chi Minh City on Monday.", gazetteer))
                .hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("VNM"));
        assertThat(Places.find("Protesters gathered in Kiev.", gazetteer))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Kyiv"));
    }

    @Test
    void aSharedNameMeansTheCapital() {
        assertThat(Places.find("The ministers met in Paris.", gazetteer))
                .hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("FRA"));
    }

    @Test
    void timesOriginsAndUnknownNamesAreNoPlace() {
        assertThat(Places.find("The army attacked in February.", gazetteer)).isEmpty();
        assertThat(Places.find("The envoy flew in from Caracas.", gazetteer)).isEmpty();
        assertThat(Places.find("Rebels attacked in Atlantis.", gazetteer)).isEmpty();
        assertThat(Places.find("The deal is in the works.", gazetteer)).isEmpty();
    }

    @Test
    void onlyPlacesAndCountriesAreKeptAndABadLineIsReportedWithItsNumber() {
        assertThat(gazetteer.lookup("Mount Nothing")).isEmpty();
        assertThat(gazetteer.lookup("Venezuela")).hasValueSatisfying(p -> assertThat(p.isCountry()).isTrue());
        assertThat(problems).singleElement().asString().contains("cities.txt:8");
        assertThat(gazetteer.lookup("Geneva")).isPresent();
    }

    @Test
    void theBuiltInGazetteerKnowsCountriesCapitalsAndTheirOtherNames() {
        Gazetteer builtIn = Gazetteer.builtIn();

        assertThat(builtIn.lookup("Caracas")).hasValueSatisfying(p -> {
            assertThat(p.country()).isEqualTo("VEN");
            assertThat(p.lat()).isBetween(10.3, 10.7);
            assertThat(p.lon()).isBetween(-67.1, -66.7);
        });
        assertThat(builtIn.lookup("Venezuela")).hasValueSatisfying(p -> assertThat(p.isCountry()).isTrue());
        assertThat(builtIn.lookup("Washington")).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("USA"));
        assertThat(builtIn.lookup("Kiev")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Kyiv"));
        assertThat(Places.find("Envoys met in Geneva on Monday.", builtIn))
                .hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("CHE"));
    }
}
