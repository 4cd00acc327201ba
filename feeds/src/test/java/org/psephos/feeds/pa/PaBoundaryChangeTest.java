package org.psephos.feeds.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Party;
import org.psephos.tally.CouncilResult;

/**
 * A council whose boundaries changed: PA's nominations give the seats held and offered on the old
 * boundaries (Newtown, all out: Lab 20, C 16, 36 seats), and its result's {@code NewCouncil} the
 * council after the election on the new ones (Lab 22, C 17: 39 seats). Files written for the tests
 * in PA's schema, invented figures.
 */
class PaBoundaryChangeTest {
  static final String NEWTOWN = "9003";

  static String nominations() {
    return Fixtures.nominations(
            "Newtown", NEWTOWN, "Non-Met", "all",
            Fixtures.nominated("Labour", "Lab", "662", 20, 20),
            Fixtures.nominated("Conservative", "C", "659", 16, 16))
        .replace("proportion='all'>", "proportion='all' boundaryChange='true'>");
  }

  static PaNominations readNominations() {
    return (PaNominations) PaReader.read("n_Newtown.xml", Fixtures.bytes(nominations()));
  }

  static String result(int revision, int lab, int c) {
    return "<LocalElectionResult revision='" + revision + "'><Election date='2026-05-07'"
        + " paId='252'><Council name='Newtown' paId='" + NEWTOWN + "' type='Non-Met'"
        + " proportion='all' boundaryChange='true' winningParty='Lab' gainOrHold='no change'"
        + " sittingParty='Lab'>"
        + SmallFeed.block("NewCouncil", "seats", "Lab:" + lab, "C:" + c)
        + "</Council></Election></LocalElectionResult>";
  }

  static PaResult readResult(int revision, int lab, int c) {
    return (PaResult)
        PaReader.read("r_Newtown_" + revision + ".xml", Fixtures.bytes(result(revision, lab, c)));
  }

  @Test
  void theNewSizeIsTheTotalOfTheResultsNewCouncil() {
    PaElection election = PaElection.of(List.of(readNominations()), List.of(readResult(1, 22, 17)));
    Council newtown = election.council(NEWTOWN).orElseThrow();
    assertThat(newtown.size()).isEqualTo(39);
    Contest contest = election.election().requireContest(newtown);
    Party lab = election.party("662").orElseThrow();
    Party con = election.party("659").orElseThrow();
    assertThat(contest.contested()).isEqualTo(39);
    // before: the old council, on which control before is judged; the baseline of changes too
    assertThat(contest.previous().asMap()).containsExactly(Map.entry(lab, 20), Map.entry(con, 16));
    assertThat(contest.defended().asMap()).containsExactly(Map.entry(lab, 20), Map.entry(con, 16));

    PaFeedStep step = PaFeed.start(election).apply(readResult(1, 22, 17));
    CouncilResult applied = step.changed().get(0);
    assertThat(applied.declaration().seatsWon().seats(lab)).isEqualTo(22);
    // 22 of 39 is a majority (20 needed), as 20 of 36 was: a hold, as PA says
    assertThat(applied.outcome().describe(p -> p.shortName())).isEqualTo("Lab hold");
    assertThat(applied.seatChange(lab)).isEqualTo(2);
    assertThat(applied.seatChange(con)).isEqualTo(1);
    assertThat(step.differences()).isEmpty();
  }

  @Test
  void withoutItsResultTheCouncilKeepsItsOldSizeAndA39SeatResultIsRejected() {
    PaElection election = PaElection.of(List.of(readNominations()));
    assertThat(election.council(NEWTOWN).orElseThrow().size()).isEqualTo(36);
    assertThatThrownBy(() -> PaFeed.start(election).apply(readResult(1, 22, 17)))
        .isInstanceOfSatisfying(
            PaFeedException.class,
            e -> assertThat(e.kind()).isEqualTo(PaFeedException.Kind.SEATS_DO_NOT_ADD_UP));
  }

  @Test
  void revisionsGivingDifferentNewSizesAreRejectedNamingBoth() {
    assertThatThrownBy(
            () ->
                PaElection.of(
                    List.of(readNominations()),
                    List.of(readResult(2, 22, 18), readResult(1, 22, 17))))
        .isInstanceOfSatisfying(
            PaFeedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PaFeedException.Kind.CONFLICTING_REVISION);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "r_Newtown_2.xml at /LocalElectionResult/Election/Council[1]/NewCouncil:"
                          + " council Newtown (pa:9003), whose boundaries changed, has 40 seats in"
                          + " NewCouncil here and 39 in r_Newtown_1.xml: its new size is not"
                          + " known");
            });
  }

  @Test
  void aDropFolderSizesTheCouncilFromTheResultItHolds(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("n_Newtown.xml"), nominations());
    Files.writeString(dir.resolve("r_Newtown_1.xml"), result(1, 22, 17));
    Files.writeString(dir.resolve("junk.xml"), "<not-pa/>");
    PaElection election = PaDropFolder.election(dir);
    assertThat(election.council(NEWTOWN).orElseThrow().size()).isEqualTo(39);
  }
}
