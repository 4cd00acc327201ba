package org.psephos.feeds.tables;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

class HandbookReaderTest {
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
  void handbook2024NamesakesStandApartByPartyOrByTheirPlaceInTheWard() {
    CandidateTable table = TableFixtures.handbook2024();
    Election election = TableFixtures.electionOf(table, "IND");
    List<WardResult> results = table.wardResults(election);
    Map<String, WardResult> byWard = new HashMap<>();
    results.forEach(result -> byWard.put(result.wardId(), result));
    // Bristol, Hengrove and Whitchurch Park: "Brown, A." stood for the LD (1,956, elected) and
    // for the Conservatives (487): name and party tell them apart, no id is given
    WardResult hengrove = requireNonNull(byWard.get("E05010902"));
    assertThat(hengrove.candidates()).allSatisfy(c -> assertThat(c.id()).isEmpty());
    assertThat(hengrove.elected()).extracting(Candidate::name).contains("Brown, A.");
    // Bristol, St George Central: two Conservatives named "Hinchcliffe, J." (rows 5 and 6 of the
    // ward, 283 and 248): every candidate of the ward takes their place as id
    WardResult stGeorge = requireNonNull(byWard.get("E05010910"));
    assertThat(stGeorge.candidates())
        .filteredOn(c -> c.name().equals("Hinchcliffe, J."))
        .extracting(c -> c.id().orElseThrow() + ":" + c.votes())
        .containsExactly("5:283", "6:248");
    // Epping Forest, Epping East (3 seats): two LD "Whitehouse, J.", 1,100 and 1,020, both
    // elected with Barnard (850), as the table flags them
    WardResult epping = requireNonNull(byWard.get("E05015727"));
    assertThat(epping.elected())
        .extracting(c -> c.name() + " #" + c.id().orElseThrow())
        .containsExactly("Whitehouse, J. #1", "Whitehouse, J. #2", "Barnard, E. #3");
  }

  @Test
  void handbook2024WinnersAreTheFlagsAndSeatsAddUpToTheirSums() {
    CandidateTable whole = TableFixtures.handbook2024();
    List<TableWard> wards = whole.wards();
    List<WardResult> results = whole.wardResults(TableFixtures.electionOf(whole, "IND"));
    assertThat(results).hasSize(1903);
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
    // 2,659 seats; the engine's winners are the flags in every ward, namesakes included
    assertThat(won.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2659);
    assertThat(whole.seatsByFlag())
        .containsEntry("LAB", 1158)
        .containsEntry("LD", 522)
        .containsEntry("CON", 516)
        .containsEntry("GREEN", 181)
        .containsEntry("IND", 127);
  }
}
