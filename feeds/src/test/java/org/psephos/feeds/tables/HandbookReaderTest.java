package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

class HandbookReaderTest {
  /** The wards where two candidates share a name ("Smith, M."), which the core cannot tell apart. */
  private static final Set<String> NAMESAKES =
      Set.of("E05010902", "E05010910", "E05015727", "E05015678", "E05015585");

  @Test
  void handbook2024WholeIsReadWithItsTitleRowAndTrailingSpacesInTheHeader() {
    CandidateTable table = TableFixtures.handbook2024();
    assertThat(table.wards()).hasSize(1903);
    assertThat(table.councils()).hasSize(107);
    assertThat(table.wards().stream().mapToInt(w -> w.candidates().size()).sum())
        .isEqualTo(10029);
    assertThat(table.notices()).isEmpty();
    TableWard marine = table.wards().get(0);
    assertThat(marine.label()).isEqualTo("Adur (E07000223), ward Marine (E05007568)");
    assertThat(marine.seats()).isEqualTo(1);
    assertThat(marine.electorate()).hasValue(3544);
    assertThat(marine.ballotsCast()).hasValue(1378);
    assertThat(marine.candidates().get(0))
        .isEqualTo(new TableCandidate("Loader, J.", "IND", java.util.OptionalInt.of(933), true, 3));
  }

  @Test
  void handbook2024OneWardWasDecidedByLot() {
    CandidateTable table = TableFixtures.handbook2024();
    assertThat(table.wardsDecidedByLot()).hasSize(1);
    TableWard woodfield = table.wardsDecidedByLot().get(0);
    assertThat(woodfield.label()).isEqualTo("Stevenage (E07000243), ward Woodfield (E05015636)");
    assertThat(woodfield.drawnWinners()).containsExactly("Notley, M.");
  }

  @Test
  void handbook2024NamesakesInOneWardAreRejectedByTheCoreNamingTheWard() {
    CandidateTable table = TableFixtures.handbook2024();
    Election election = TableFixtures.implied(table);
    assertThatThrownBy(() -> table.wardResults(election))
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.INVALID_WARD))
        .hasMessageContaining("candidates-2024.csv, line ")
        .hasMessageContaining("E05010902")
        .hasMessageContaining("is listed twice");
  }

  @Test
  void handbook2024WinnersAreTheFlagsAndSeatsAddUpToTheirSums() {
    CandidateTable whole = TableFixtures.handbook2024();
    List<TableWard> wards =
        whole.wards().stream().filter(w -> !NAMESAKES.contains(w.wardId())).toList();
    CandidateTable table = new CandidateTable(whole.file(), wards, whole.notices(), 3, 20);
    List<WardResult> results = table.wardResults(TableFixtures.implied(whole));
    assertThat(results).hasSize(1903 - 5);
    Map<String, Integer> won = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).elected().stream().map(Candidate::name).sorted())
          .as(wards.get(i).label())
          .containsExactlyElementsOf(
              wards.get(i).flaggedElected().stream().map(TableCandidate::name).sorted().toList());
      for (Map.Entry<Party, Integer> entry : results.get(i).seatsWon().asMap().entrySet()) {
        won.merge(entry.getKey().shortName(), entry.getValue(), Integer::sum);
      }
    }
    // the whole file's flags, counted by hand: LAB 1158, LD 522, CON 516, GREEN 181, IND 127 of
    // 2,659 seats; the five namesake wards are left out here
    int namesakeSeats = whole.wards().stream()
        .filter(w -> NAMESAKES.contains(w.wardId())).mapToInt(TableWard::seats).sum();
    assertThat(won.values().stream().mapToInt(Integer::intValue).sum() + namesakeSeats)
        .isEqualTo(2659);
    assertThat(whole.seatsByFlag())
        .containsEntry("LAB", 1158)
        .containsEntry("LD", 522)
        .containsEntry("CON", 516)
        .containsEntry("GREEN", 181)
        .containsEntry("IND", 127);
  }
}
