package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.seats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.UnknownIdException;

/**
 * The tally finds a declaration's council and parties by identity when they are the election's
 * own instances, and by id when they are equal copies: both give the same tally, in an election
 * large enough for the identity table to hold many councils in neighbouring slots; a council or a
 * party with the election's id but other details is refused.
 */
class LookupByIdentityTest {
  private static final int COUNCILS = 3_000;

  private static Council council(int i, int size) {
    return Council.of("E07" + (100_000 + i), "Council " + i, CouncilType.SHIRE_DISTRICT, size);
  }

  private static final Election LARGE;

  static {
    List<Contest> contests = new ArrayList<>();
    for (int i = 0; i < COUNCILS; i++) {
      contests.add(allOut(council(i, 30), comp(CON, 16, LAB, 14)));
    }
    LARGE = election(contests.toArray(new Contest[0]));
  }

  private static Map<Party, Integer> won(int i, Party con, Party lab) {
    return seats(con, 10 + i % 11, lab, 20 - i % 11);
  }

  @Test
  void everyCouncilIsFoundByTheElectionsInstanceAndByAnEqualCopyAlike() {
    Party conCopy = Party.of(CON.id(), CON.name(), CON.shortName());
    Party labCopy = Party.of(LAB.id(), LAB.name(), LAB.shortName());
    assertThat(conCopy).isEqualTo(CON).isNotSameAs(CON);
    Tally byInstance = Tally.of(LARGE);
    Tally byCopy = Tally.of(LARGE);
    for (int i = 0; i < COUNCILS; i++) {
      Council own = LARGE.contests().get(i).council();
      Council copy = council(i, 30);
      assertThat(copy).isEqualTo(own).isNotSameAs(own);
      byInstance = byInstance.apply(Declaration.of(own, won(i, CON, LAB)));
      byCopy = byCopy.apply(Declaration.of(copy, won(i, conCopy, labCopy)));
    }
    assertThat(byCopy).isEqualTo(byInstance);
    assertThat(byCopy.standings()).isEqualTo(byInstance.standings());
    assertThat(byInstance.councilsDeclared()).isEqualTo(COUNCILS);
    for (int i = 0; i < COUNCILS; i++) {
      Council own = LARGE.contests().get(i).council();
      int conSeats = 10 + i % 11;
      assertThat(byInstance.result(council(i, 30)).orElseThrow().compositionAfter().seats(CON))
          .as(own.label())
          .isEqualTo(conSeats);
      assertThat(byCopy.result(own).orElseThrow().compositionAfter().seats(LAB))
          .as(own.label())
          .isEqualTo(30 - conSeats);
    }
    // 16 of 30 seats is a majority: Conservative control wherever they won 16 or more
    int conControlled = 0;
    for (int i = 0; i < COUNCILS; i++) {
      conControlled += 10 + i % 11 >= 16 ? 1 : 0;
    }
    assertThat(byCopy.standings().party(CON).orElseThrow().councils()).isEqualTo(conControlled);
  }

  @Test
  void aCouncilOrAPartyWithTheElectionsIdButOtherDetailsIsRefused() {
    Tally tally = Tally.of(LARGE);
    Council resized = council(7, 31);
    assertThatThrownBy(() -> tally.apply(Declaration.of(resized, seats(CON, 16, LAB, 15))))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessageContaining("E07100007")
        .hasMessageContaining("differs from election");
    Party renamed = Party.of(CON.id(), "Conservative and Unionist", "C");
    Council own = LARGE.contests().get(7).council();
    assertThatThrownBy(() -> tally.apply(Declaration.of(own, seats(renamed, 16, LAB, 14))))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessageContaining(CON.id());
    Council stranger = council(COUNCILS, 30);
    assertThatThrownBy(() -> tally.apply(Declaration.of(stranger, seats(CON, 16, LAB, 14))))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessageContaining("is not part of election");
    assertThat(tally.councilsDeclared()).isZero();
  }
}
