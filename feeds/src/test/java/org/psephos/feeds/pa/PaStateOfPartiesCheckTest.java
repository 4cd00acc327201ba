package org.psephos.feeds.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/** Reconciling hand-written state-of-parties messages, and writing from a tally without PA's data. */
class PaStateOfPartiesCheckTest {
  private final PaElection election = SmallFeed.election();
  private final Tally tally =
      PaFeed.start(election)
          .apply(SmallFeed.thirdsbyResult(1, "Lab:5", "C:2", "Ind:1"))
          .feed()
          .apply(SmallFeed.alltonResult(1, 3, 6))
          .feed()
          .tally();

  private static PaStateOfParties message(String parties, String councils, int results) {
    String xml =
        "<LocalStateOfParties region='All' numberOfResults='" + results
            + "' totalNumberOfCouncils='2'><Election date='2026-05-07' paId='252'/><Parties>"
            + parties + "</Parties><CouncilsIncluded>" + councils
            + "</CouncilsIncluded></LocalStateOfParties>";
    return (PaStateOfParties) PaReader.read("sop.xml", Fixtures.bytes(xml));
  }

  private static String line(String paId, String name, int councils, String change, int seats,
      String net) {
    return "<Party " + (paId.isEmpty() ? "" : "paId='" + paId + "' ") + "name='" + name
        + "' abbreviation='x' totalCouncils='" + councils + "' changeInControl='" + change
        + "' seatsWon='" + seats + "' netChangeInSeats='" + net + "'/>";
  }

  private static final String BOTH =
      "<Council name='Thirdsby' paId='9001' type='Metro' proportion='third'/>"
          + "<Council name='Allton' paId='9002' type='London' proportion='all'/>";

  @Test
  void aMessageThatAgreesReconcilesEmptyAndEachWrongFigureIsADifference() {
    String labour = line("662", "Labour", 1, "+0", 8, "-1");
    String libDems = line("667", "Liberal Democrat", 1, "+1", 6, "+2");
    String cons = line("659", "Conservative", 0, "0", 2, "-1");
    String ind = line("661", "Independent/Other", 0, "0", 1, "0");
    String noc = line("", "No Overall Control", 0, "-1", 0, "0");
    assertThat(PaStateOfPartiesCheck.reconcile(
            message(labour + libDems + cons + ind + noc, BOTH, 2), election, tally))
        .isEmpty();
    assertThat(PaStateOfPartiesCheck.reconcile(
            message(line("662", "Labour", 2, "+1", 9, "0") + libDems + ind + noc, BOTH, 3),
            election, tally))
        .containsExactly(
            new PaDifference("sop.xml", "numberOfResults", "3", "2"),
            new PaDifference("sop.xml", "Labour totalCouncils", "2", "1"),
            new PaDifference("sop.xml", "Labour changeInControl", "+1", "0"),
            new PaDifference("sop.xml", "Labour seatsWon", "9", "8"),
            new PaDifference("sop.xml", "Labour netChangeInSeats", "0", "-1"),
            new PaDifference("sop.xml", "Conservative (absent) seatsWon", "0", "2"),
            new PaDifference("sop.xml", "Conservative (absent) netChangeInSeats", "0", "-1"));
    assertThat(PaStateOfPartiesCheck.reconcile(
            message(labour + libDems + cons + ind, BOTH, 2), election, tally))
        .containsExactly(new PaDifference(
            "sop.xml", "No Overall Control (absent) changeInControl", "0", "-1"));
  }

  @Test
  void unknownCouncilsAndPartiesAreRejected() {
    String unknownCouncil = "<Council name='Nowhere' paId='1' type='Metro' proportion='third'/>";
    assertThatThrownBy(() -> PaStateOfPartiesCheck.reconcile(message("", unknownCouncil, 1), election, tally))
        .isInstanceOfSatisfying(PaFeedException.class, e -> {
          assertThat(e.kind()).isEqualTo(PaFeedException.Kind.UNKNOWN_COUNCIL);
          assertThat(e.elementPath()).isEqualTo("/LocalStateOfParties/CouncilsIncluded/Council[1]");
        });
    assertThatThrownBy(() -> PaStateOfPartiesCheck.reconcile(
            message(line("1", "Nobody", 0, "0", 0, "0"), BOTH, 2), election, tally))
        .isInstanceOfSatisfying(PaFeedException.class, e -> {
          assertThat(e.kind()).isEqualTo(PaFeedException.Kind.UNKNOWN_PARTY);
          assertThat(e.elementPath()).isEqualTo("/LocalStateOfParties/Parties/Party[1]");
        });
  }

  @Test
  void anyTallyIsWrittenWithTypesAndProportionsFromItsContests() {
    String written = PaStateOfPartiesWriter.write(tally, CouncilFilter.all(), "England", "252");
    assertThat(written)
        .contains("region=\"England\"")
        .contains("<Council name=\"Thirdsby\" paId=\"9001\" type=\"Metro\" proportion=\"third\"/>")
        .contains("<Council name=\"Allton\" paId=\"9002\" type=\"London\" proportion=\"all\"/>");
    PaStateOfParties read = (PaStateOfParties) PaReader.read("w.xml", Fixtures.bytes(written));
    assertThat(PaStateOfPartiesCheck.reconcile(read, election, tally)).isEmpty();
    assertThatThrownBy(() -> PaStateOfPartiesWriter.write(tally, CouncilFilter.all(), "London", "252"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region \"London\"");
    assertThatThrownBy(() -> PaStateOfPartiesWriter.write(Fixtures.election(),
            tally, CouncilFilter.all(), "All"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void halfIsWrittenWhenHalfTheSeatsAreUp() {
    PaElection halves = PaElection.of(java.util.List.of((PaNominations) PaReader.read("h.xml",
        Fixtures.bytes(Fixtures.nominations("Halfton", "9100", "Non-Met", "half",
            Fixtures.nominated("Labour", "Lab", "662", 10, 5))))));
    String result = "<LocalElectionResult><Election date='2026-05-07' paId='252'>"
        + "<Council name='Halfton' paId='9100' type='Non-Met' proportion='half'>"
        + SmallFeed.block("ElectedCouncillors", "seats", "Lab:5")
        + SmallFeed.block("NewCouncil", "seats", "Lab:10")
        + "</Council></Election></LocalElectionResult>";
    Tally halfTally = PaFeed.start(halves)
        .apply((PaResult) PaReader.read("r.xml", Fixtures.bytes(result))).feed().tally();
    assertThat(PaStateOfPartiesWriter.write(halfTally, CouncilFilter.all(), "All", "252"))
        .contains("proportion=\"half\"");
  }
}
