package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.psephos.Election;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.tally.Tally;
import tools.jackson.databind.json.JsonMapper;

/**
 * Members may come in any order (docs/format.md): the readers take each member as it comes and
 * resolve what depends on another member (a council's seats, a ward of a council, the parties an
 * election's councils name) once the object is read. Expected values are the hand-built golden ones.
 */
class MemberOrderTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final String[] DECLARATIONS =
      Golden.resource("golden/declarations.ndjson").split("\n");
  private static final String[] RESULTS = Golden.resource("golden/wards.ndjson").split("\n");
  private static final String ELECTION_FILE = Golden.resource("golden/election.json");

  /** The election file with its "parties" member (up to "aliases") moved after the councils. */
  private static String partiesLast(String text) {
    int from = text.indexOf("\"parties\"");
    int to = text.indexOf("\"aliases\"");
    String moved = text.substring(from, to).trim();
    String rest = text.substring(0, from) + text.substring(to);
    int end = rest.lastIndexOf('}');
    return rest.substring(0, end).stripTrailing() + ",\n" + moved.substring(0, moved.length() - 1)
        + "\n}\n";
  }

  @Test
  void aDeclarationMayNameItsCouncilAfterItsSeats() {
    // line 1: Wandsworth, with "council" moved to the end of the object
    String line = DECLARATIONS[0].replace("\"council\":\"E09000032\",", "");
    line = line.substring(0, line.length() - 1) + ",\"council\":\"E09000032\"}";

    PublishedDeclaration read = JSON.readDeclaration(Tally.of(Golden.ELECTION), line);

    assertThat(read).isEqualTo(Golden.DECLARATIONS.get(0));
  }

  @Test
  void aWardResultMayNameItsWardBeforeItsCouncil() {
    // line 1: Abbey (E05999901) of Northam (E07999901), with the council after the ward
    String line = RESULTS[0].replace("\"council\":\"E07999901\",", "");
    line = line.substring(0, line.length() - 1) + ",\"council\":\"E07999901\"}";

    PublishedWardResult read = JSON.readWardResult(Tally.of(GoldenWards.ELECTION), line);

    assertThat(read).isEqualTo(GoldenWards.WARD_RESULTS.get(0));
  }

  @Test
  void aResultStreamFindsTheFormatOfALineWhereverItIs() throws Exception {
    String formatLast = RESULTS[0].replace("\"format\":\"psephos.wardresult/1\",", "");
    formatLast = formatLast.substring(0, formatLast.length() - 1)
        + ",\"format\":\"psephos.wardresult/1\"}";
    String otherKind = "{\"election\":\"local.2022-05-05\",\"format\":\"psephos.results/1\"}";
    String text = formatLast + "\n" + otherKind + "\n";
    try (ResultStream stream = JSON.resultStream(GoldenWards.ELECTION,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(stream.next()).contains(GoldenWards.WARD_RESULTS.get(0));
      PsephosJsonException unsupported = Failures.caught(Kind.UNSUPPORTED_FORMAT, stream::next);
      assertThat(unsupported.pointer()).isEqualTo("/format");
      // {"election":"local.2022-05-05","format": is 40 characters: the value starts at 41
      assertThat(unsupported.column()).isEqualTo(41);
    }
  }

  @Test
  void anElectionMayListItsPartiesAfterItsCouncils() {
    String reordered = partiesLast(ELECTION_FILE);

    assertThat(JSON.readElection(reordered)).isEqualTo(Golden.DEFINITION);
    assertThat(JSON.readElection(
        new ByteArrayInputStream(reordered.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(Golden.DEFINITION);
  }

  @Test
  void throughTheModuleAnElectionWithinAnotherDocumentListsItsPartiesFirst() {
    // a deserializer cannot read its input twice: councils naming parties not yet read fail
    JsonMapper mapper = JsonMapper.builder().addModule(new PsephosModule()).build();
    String reordered = partiesLast(ELECTION_FILE);

    PsephosJsonException thrown = Failures.caught(Kind.INVALID_VALUE,
        () -> mapper.readValue(reordered, Election.class));

    assertThat(thrown.pointer()).isEqualTo("/aliases");
    assertThat(thrown.reason()).contains("parties first");
    assertThat(mapper.readValue(ELECTION_FILE, Election.class)).isEqualTo(Golden.ELECTION);
  }

  @Test
  void theModuleTurnsOnDuplicateDetectionForTheMapperItIsAddedTo() {
    JsonMapper mapper = JsonMapper.builder().addModule(new PsephosModule()).build();
    String twice = "{\"id\":\"PP52\",\"name\":\"Conservative\",\"name\":\"Con\","
        + "\"shortName\":\"Con\"}";

    PsephosJsonException thrown = Failures.caught(Kind.DUPLICATE_KEY,
        () -> mapper.readValue(twice, org.psephos.Party.class));

    assertThat(thrown.pointer()).isEqualTo("/name");
    assertThat(thrown.reason()).isEqualTo("member \"name\" appears twice in the same object");
  }
}
