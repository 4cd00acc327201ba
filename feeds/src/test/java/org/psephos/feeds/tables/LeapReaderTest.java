package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

class LeapReaderTest {

  @Test
  void leap2019WholeEveryWardsWinnersAreItsElectedFlags() {
    CandidateTable table = TableFixtures.leap2019();
    // 25,848 rows less 5 mayoral placeholders; 257 council codes (248 councils polling, county
    // and Dundee by-elections); 5,281 ballots
    assertThat(table.wards()).hasSize(5281);
    assertThat(table.councils()).hasSize(257);
    assertThat(table.wards().stream().mapToInt(w -> w.candidates().size()).sum())
        .isEqualTo(25848 - 5);
    assertThat(table.notices())
        .hasSize(5)
        .allMatch(notice -> notice.contains("Elected Mayor") && notice.contains("left out"));
    assertThat(table.notices().get(0))
        .startsWith("leap-2019-05-02.csv, line 1361: Bedford (E06000055)");

    Election election = TableFixtures.implied(table);
    List<WardResult> results = table.wardResults(election);
    assertThat(results).hasSize(5281);
    for (int i = 0; i < results.size(); i++) {
      TableWard ward = table.wards().get(i);
      assertThat(results.get(i).elected().stream().map(Candidate::name).sorted())
          .as(ward.label())
          .containsExactlyElementsOf(
              ward.flaggedElected().stream().map(TableCandidate::name).sorted().toList());
    }
    assertThat(results.stream().filter(WardResult::isUncontested)).hasSize(119);
  }

  @Test
  void leap2019FiveWardsWereDecidedByLot() {
    CandidateTable table = TableFixtures.leap2019();
    assertThat(table.wardsDecidedByLot())
        .extracting(TableWard::wardId)
        .containsExactly("E05012183", "E05004779", "E05005101", "E05005139", "E05007436");
    // North Hertfordshire's Letchworth South East: Sean Prendergast and Lynda Needham tied on 800
    assertThat(table.wardsDecidedByLot().get(1).drawnWinners()).containsExactly("Sean Prendergast");
    List<WardResult> results = table.wardResults(TableFixtures.implied(table));
    assertThat(results.stream().filter(WardResult::isDecidedByLot).map(WardResult::wardId))
        .containsExactly("E05012183", "E05004779", "E05005101", "E05005139", "E05007436");
  }

  @Test
  void leap2019NationalSeatsEqualTheFlagsSums() {
    CandidateTable table = TableFixtures.leap2019();
    Election election = TableFixtures.implied(table);
    List<WardResult> results = table.wardResults(election);
    Map<Party, Integer> won = new HashMap<>();
    for (WardResult result : results) {
      for (Map.Entry<Party, Integer> entry : result.seatsWon().asMap().entrySet()) {
        won.merge(entry.getKey(), entry.getValue(), Integer::sum);
      }
    }
    // the file's flags, counted by hand from the CSV (every ballot, county and Dundee included)
    assertThat(won)
        .containsEntry(TableFixtures.CON, 3566)
        .containsEntry(TableFixtures.LAB, 2022)
        .containsEntry(TableFixtures.LD, 1360)
        .containsEntry(TableFixtures.IND, 763)
        .containsEntry(TableFixtures.GREEN, 265)
        .containsEntry(TableFixtures.UKIP, 31);
    assertThat(won.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8435);
    assertThat(won)
        .isEqualTo(
            table.seatsByFlag().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .collect(
                    Collectors.toMap(
                        e -> election.resolveParty(e.getKey()).orElseThrow(),
                        Map.Entry::getValue)));
  }
}
