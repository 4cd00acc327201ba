package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.psephos.json.PsephosJson.Style;
import org.psephos.json.PsephosJsonException.Kind;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every figure a results document states is checked against the tally rebuilt from it, and each
 * contradiction is reported at the member that states it, in words naming the council or party and
 * both figures. The document is the ward-level golden file (Easton declared whole, 16 majority for
 * the Liberal Democrats gained from the Conservatives; Southam in progress, 2 of 3 wards and 4
 * seats declared, Labour's control decided), changed in one place each time; the expected texts
 * are written from that file by hand.
 */
class ResultsConsistencyTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static PsephosJsonException fails(Kind kind, Consumer<ObjectNode> change) {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(Golden.resource("golden/results-wards.json"));
    change.accept(doc);
    String text = MAPPER.writeValueAsString(doc);
    return Failures.caught(kind, () -> JSON.readResults(GoldenWards.ELECTION, text));
  }

  private static PsephosJsonException inconsistent(Consumer<ObjectNode> change) {
    return fails(Kind.INCONSISTENT_RESULTS, change);
  }

  private static ObjectNode easton(ObjectNode doc) {
    return (ObjectNode) doc.get("outcomes").get(0);
  }

  private static ObjectNode southam(ObjectNode doc) {
    return (ObjectNode) doc.get("inProgress").get(0);
  }

  private static ObjectNode standings(ObjectNode doc) {
    return (ObjectNode) doc.get("standings");
  }

  private static void at(PsephosJsonException e, String pointer, String reason) {
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void anOutcomesStatedFiguresAreTheDeclarations() {
    at(inconsistent(doc -> easton(doc).put("outcome", "hold")), "/outcomes/0/outcome",
        "Easton (E07999903): the outcome is stated as hold but the declaration gives gain");
    at(inconsistent(doc -> easton(doc).put("controlBefore", "PP53")),
        "/outcomes/0/controlBefore",
        "Easton (E07999903): control before is stated as PP53 but the declaration gives PP52");
    at(inconsistent(doc -> easton(doc).put("controlAfter", "PP52")), "/outcomes/0/controlAfter",
        "Easton (E07999903): control after is stated as PP52 but the declaration gives PP90");
    at(inconsistent(doc -> easton(doc).putNull("controlAfter")), "/outcomes/0/controlAfter",
        "Easton (E07999903): control after is stated as no overall control but the declaration"
            + " gives PP90");
    at(inconsistent(doc -> easton(doc).put("description", "Liberal Democrat hold")),
        "/outcomes/0/description",
        "Easton (E07999903): the description is stated as Liberal Democrat hold but the"
            + " declaration gives Liberal Democrat gain from Conservative");
    at(inconsistent(doc -> easton(doc).put("majority", 15)), "/outcomes/0/majority",
        "Easton (E07999903): the majority is stated as 15 but the declaration gives 16");
    PsephosJsonException changes =
        inconsistent(doc -> ((ObjectNode) easton(doc).get("seatChanges")).put("PP90", 2));
    assertThat(changes.pointer()).isEqualTo("/outcomes/0/seatChanges");
    assertThat(changes.reason())
        .startsWith("Easton (E07999903): the seat changes are stated as {")
        .contains("PP90=2", "PP90=3");
  }

  @Test
  void anOutcomesMissingFigureIsNamedWhereItBelongs() {
    for (String member : List.of("outcome", "controlBefore", "controlAfter", "description",
        "majority", "seatChanges")) {
      at(fails(Kind.MISSING_FIELD, doc -> easton(doc).remove(member)), "/outcomes/0/" + member,
          "an outcome lacks the required member \"" + member + "\"");
    }
  }

  @Test
  void aCouncilInProgressStatesItsProgressAsItsWardsGiveIt() {
    at(inconsistent(doc -> southam(doc).put("wardsDeclared", 1)), "/inProgress/0/wardsDeclared",
        "Southam (E07999902): wardsDeclared is stated as 1 but the declaration gives 2");
    at(inconsistent(doc -> southam(doc).put("wardsExpected", 4)), "/inProgress/0/wardsExpected",
        "Southam (E07999902): wardsExpected is stated as 4 but the declaration gives 3");
    at(inconsistent(doc -> southam(doc).put("seatsDeclared", 5)), "/inProgress/0/seatsDeclared",
        "Southam (E07999902): seatsDeclared is stated as 5 but the declaration gives 4");
    at(inconsistent(doc -> southam(doc).put("controlDecided", false)),
        "/inProgress/0/controlDecided",
        "Southam (E07999902): whether control is decided is stated as false but the declaration"
            + " gives true");
    at(inconsistent(doc -> southam(doc).put("control", "PP90")), "/inProgress/0/control",
        "Southam (E07999902): the decided control is stated as PP90 but the declaration gives"
            + " PP53");
    PsephosJsonException noControl =
        fails(Kind.MISSING_FIELD, doc -> southam(doc).remove("control"));
    assertThat(noControl.pointer()).isEqualTo("/inProgress/0/control");
    assertThat(noControl.reason())
        .startsWith("Southam (E07999902): control is decided, so the council states it");
    at(fails(Kind.MISSING_FIELD, doc -> southam(doc).remove("seatsDeclared")),
        "/inProgress/0/seatsDeclared",
        "a council in progress lacks the required member \"seatsDeclared\"");
  }

  @Test
  void standingsThatDisagreeAreReportedAtTheFirstLineThatDoes() {
    PsephosJsonException party = inconsistent(doc -> {
      ObjectNode labour = (ObjectNode) standings(doc).get("parties").get(1);
      labour.put("seatsWon", 6).put("seatsChange", 3).put("holdings", 6);
    });
    assertThat(party.pointer()).isEqualTo("/standings/parties/1");
    assertThat(party.reason())
        .startsWith("the standing of Labour (PP53) does not match the outcomes: it says ");

    PsephosJsonException progress =
        inconsistent(doc -> ((ObjectNode) standings(doc).get("progress")).put("seatsExpected", 43));
    assertThat(progress.pointer()).isEqualTo("/standings/progress");
    assertThat(progress.reason()).startsWith("the count's progress does not match the outcomes"
        + " and councils in progress: it says ");

    PsephosJsonException partyTotals = inconsistent(doc -> {
      ObjectNode totals = (ObjectNode) standings(doc).get("wardTotals");
      ((ObjectNode) totals.get("parties").get(0)).put("gains", 1).put("losses", 4);
    });
    assertThat(partyTotals.pointer()).isEqualTo("/standings/wardTotals/parties/0");
    assertThat(partyTotals.reason()).startsWith(
        "the ward totals of Conservative (PP52) do not match the wards listed: they say ");

    PsephosJsonException totals = inconsistent(
        doc -> ((ObjectNode) standings(doc).get("wardTotals")).put("wardsExpected", 8));
    assertThat(totals.pointer()).isEqualTo("/standings/wardTotals");
    assertThat(totals.reason())
        .startsWith("the ward totals do not match the wards listed: they say ");
  }

  @Test
  void aCouncilTheElectionLacksIsAnUnknownReferenceInTheFilterAndTheRule() {
    PsephosJsonException filter = fails(Kind.UNKNOWN_REFERENCE, doc -> doc.putObject("filter")
        .put("description", "two councils")
        .putArray("councils").add("E07999903").add("E00000000"));
    at(filter, "/filter/councils/1", "the filter names council \"E00000000\", which is not part"
        + " of election local.2022-05-05");
    assertThat(filter.electionDataCause()).isPresent();

    PsephosJsonException rule = fails(Kind.UNKNOWN_REFERENCE, doc -> doc.putObject("controlRule")
        .put("anyParty", false)
        .putObject("overrides").putObject("E00000000").put("PP52", true));
    at(rule, "/controlRule/overrides/E00000000", "the control rule names council \"E00000000\","
        + " which is not part of election local.2022-05-05");
    assertThat(rule.electionDataCause()).isPresent();
  }

  @Test
  void writtenResultsMustBelongToTheElection() {
    PublishedDeclaration foreign = PublishedDeclaration.of(
        "local.2019-05-02", 7, Golden.DECLARATIONS.get(0).declaration());
    assertThatThrownBy(() -> JSON.writeDeclarations(
            Golden.ELECTION, List.of(Golden.DECLARATIONS.get(0), foreign), Style.COMPACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("declaration 7 belongs to election local.2019-05-02, not local.2018-05-03");

    PublishedWardResult ward = GoldenWards.WARD_RESULTS.get(0);
    PublishedWardResult other = PublishedWardResult.of("local.2019-05-02", 9, ward.result());
    assertThatThrownBy(() -> JSON.writeWardResults(
            GoldenWards.ELECTION, List.of(ward, other), Style.PRETTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ward result 9 belongs to election local.2019-05-02, not local.2022-05-05");
  }
}
