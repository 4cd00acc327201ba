package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.seats;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.Ward;

/**
 * The one majority rule: a council's outcome, the standings' council counts and "control decided"
 * while counting agree on the boundary (exactly half, and half plus one) for odd and even sizes.
 */
class MajorityAgreementTest {

  @Test
  void theMajorityIsMoreThanHalf() {
    assertThat(Control.majority(1)).isEqualTo(1);
    assertThat(Control.majority(2)).isEqualTo(2);
    assertThat(Control.majority(3)).isEqualTo(2);
    assertThat(Control.majority(60)).isEqualTo(31);
    assertThat(Control.majority(61)).isEqualTo(31);
    assertThat(Control.controls(true, 30, 60)).isFalse();
    assertThat(Control.controls(true, 31, 60)).isTrue();
    assertThat(Control.controls(false, 60, 60)).isFalse();
    assertThat(Control.controls(true, 30, 61)).isFalse();
    assertThat(Control.controls(true, 31, 61)).isTrue();
  }

  @Test
  void outcomesStandingsAndEarlyDecisionsAgreeOnTheBoundary() {
    for (int size : new int[] {1, 2, 3, 4, 9, 10, 60, 61}) {
      int half = size / 2;
      for (int labour : new int[] {half, half + 1}) {
        if (labour > size || labour < 0) {
          continue;
        }
        boolean majority = 2 * labour > size; // the definition, written out
        Council council = Council.of("E0900" + (1000 + size), "Size " + size,
            CouncilType.LONDON_BOROUGH, "London", size);
        Composition before = Composition.of(Map.of(CON, size));
        Contest contest = Contest.builder(council).previous(before).defended(before).build();
        Election whole = election(contest);
        Declaration declaration =
            Declaration.of(council, seats(LAB, labour, CON, size - labour));
        Tally tally = Tally.of(whole).apply(declaration);

        boolean conservativeMajority = 2 * (size - labour) > size;
        Party controller = tally.outcome(council).orElseThrow().after().party().orElse(null);
        assertThat(controller).as("outcome, size %d, Labour %d", size, labour)
            .isEqualTo(majority ? LAB : conservativeMajority ? CON : null);
        assertThat(tally.standings().party(LAB).orElseThrow().councils())
            .as("standings, size %d, Labour %d", size, labour)
            .isEqualTo(majority ? 1 : 0);
        assertThat(tally.standings().party(CON).orElseThrow().councils())
            .isEqualTo(conservativeMajority ? 1 : 0);
        assertThat(tally.standings().noOverallControl())
            .isEqualTo(majority || conservativeMajority ? 0 : 1);
        assertThat(tally.progress(council).isControlDecided()).isTrue();

        // counted ward by ward: the first ward (Labour's seats) decides control exactly when the
        // outcome gives it to Labour
        if (labour > 0 && labour < size) {
          Ward first = Ward.of("W" + size + "a", "First", labour, Composition.of(Map.of(CON, labour)));
          Ward second =
              Ward.of("W" + size + "b", "Second", size - labour,
                  Composition.of(Map.of(CON, size - labour)));
          Tally wards = Tally.of(election(contest.withWards(first, second)));
          org.psephos.ward.WardResult.Builder result =
              org.psephos.ward.WardResult.builder(council, first.id(), labour);
          for (int i = 0; i < labour; i++) {
            result.candidate("Labour " + i, LAB, 100 + i);
          }
          result.candidate("Conservative", CON, 1);
          Tally afterFirst = wards.apply(result.build());
          CouncilProgress progress = afterFirst.progress(council);
          assertThat(progress.isControlDecided())
              .as("decided early, size %d, Labour %d", size, labour)
              .isEqualTo(majority);
          assertThat(afterFirst.standings().progress().controlDecidedEarly())
              .isEqualTo(majority ? Map.of(LAB, 1) : Map.of());
        }
      }
    }
  }
}
