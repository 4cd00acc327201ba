package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.psephos.json.Golden.DEFINITION;
import static org.psephos.json.Golden.ELECTION;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/**
 * A results document names every party of the election, with its colour where known, so that a
 * front end needs no election file; a reader checks them against the election, and documents
 * written before they were part of the format read unchanged.
 */
class ResultsPartiesTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final String GOLDEN = Golden.resource("golden/results-london.json");

  private static PsephosJsonException failure(String json) {
    return catchThrowableOfType(
        PsephosJsonException.class, () -> JSON.readResults(ELECTION, json));
  }

  @Test
  void theColoursReadBackAndADocumentWithoutPartiesReadsTheSame() {
    Results read = JSON.readResults(ELECTION, GOLDEN);
    assertThat(read.colours()).isEqualTo(DEFINITION.colours());
    assertThat(read.colours()).containsOnlyKeys("PP52", "PP53", "PP90");

    int start = GOLDEN.indexOf("  \"parties\": [");
    int end = GOLDEN.indexOf("  \"baseline\"");
    String older = GOLDEN.substring(0, start) + GOLDEN.substring(end);
    Results olderRead = JSON.readResults(ELECTION, older);
    assertThat(olderRead.colours()).isEmpty();
    assertThat(olderRead.standings()).isEqualTo(read.standings());
    assertThat(olderRead.tally().results()).isEqualTo(read.tally().results());
  }

  @Test
  void writtenWithoutColoursThePartiesStillHaveTheirNames() {
    String written = JSON.writeResults(
        Tally.of(ELECTION), CouncilFilter.all(), PsephosJson.Style.COMPACT);
    assertThat(written).contains("\"parties\":[{\"id\":\"PP52\",\"name\":\"Conservative\","
        + "\"shortName\":\"Con\"},{\"id\":\"PP53\"");
    assertThat(written).doesNotContain("colour");
  }

  @Test
  void aNameThatIsNotTheElectionsIsInconsistent() {
    PsephosJsonException e = failure(GOLDEN.replace("\"name\": \"Labour\"",
        "\"name\": \"Labour Party\""));
    assertThat(e.kind()).isEqualTo(Kind.INCONSISTENT_RESULTS);
    assertThat(e.getMessage()).contains(
        "party PP53's name is stated as \"Labour Party\" but the election's is \"Labour\"");
    PsephosJsonException shortName = failure(GOLDEN.replace("\"shortName\": \"LD\"",
        "\"shortName\": \"LDem\""));
    assertThat(shortName.getMessage())
        .contains("party PP90's shortName is stated as \"LDem\" but the election's is \"LD\"");
  }

  @Test
  void partiesOutOfOrderOrMissingAreInconsistent() {
    String swapped = GOLDEN.replaceFirst("\"id\": \"PP52\"", "\"id\": \"XX\"")
        .replaceFirst("\"id\": \"PP53\"", "\"id\": \"PP52\"")
        .replaceFirst("\"id\": \"XX\"", "\"id\": \"PP53\"");
    PsephosJsonException e = failure(swapped);
    assertThat(e.kind()).isEqualTo(Kind.INCONSISTENT_RESULTS);
    assertThat(e.getMessage()).contains("party 1 of the results is PP53 but the election's party 1"
        + " is PP52: the results list every party of the election, in its order");

    int ind = GOLDEN.indexOf(",\n    {\n      \"id\": \"ynmp-party:2\"");
    String missing = GOLDEN.substring(0, ind) + GOLDEN.substring(GOLDEN.indexOf("\n  ],", ind));
    PsephosJsonException short1 = failure(missing);
    assertThat(short1.kind()).isEqualTo(Kind.INCONSISTENT_RESULTS);
    assertThat(short1.getMessage()).contains("the results list 5 parties but election "
        + ELECTION.id() + " has 6: ynmp-party:2 is missing");
  }

  @Test
  void aColourThatIsNotRgbIsInvalid() {
    PsephosJsonException e = failure(GOLDEN.replace("\"#E4003B\"", "\"red\""));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getMessage()).contains("red");
  }

  @Test
  void resultsRefuseColoursOfOtherPartiesAndDefinitionsOfOtherElections() {
    Tally tally = Tally.of(ELECTION);
    assertThatThrownBy(() -> new Results(tally, CouncilFilter.all(), Map.of("PP99", "#000000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PP99");
    assertThatThrownBy(() -> new Results(tally, CouncilFilter.all(), Map.of("PP52", "blue")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Results(tally, CouncilFilter.all())
            .withColoursOf(GoldenWards.DEFINITION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the definition is of election local.2022-05-05, not local.2018-05-03");
    assertThat(new Results(tally, CouncilFilter.all(), Map.of("PP53", "#E4003B", "PP52", "#0087DC"))
        .colours().keySet()).containsExactly("PP52", "PP53");
  }
}
