package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.json.Golden.CON;
import static org.psephos.json.Golden.IND;
import static org.psephos.json.Golden.LAB;
import static org.psephos.json.Golden.LD;
import static org.psephos.json.Golden.map;
import static org.psephos.json.Golden.seats;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.ControlRule;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.SeatBaseline;
import org.psephos.tally.Tally;

/**
 * Who held a provisional declaration's seats still to fill on the eve of the poll ({@code
 * heldStillToFill}) goes through every document that carries a declaration, so that the
 * pre-election baseline's seat changes read back as written. The figures are the format's example
 * Brent (63 seats; Labour 56, Conservative 6, Liberal Democrat 1 when last fought) with a Labour
 * councillor turned Independent before the poll; its three seats still to fill were Labour's when
 * last fought, but two Labour and one Independent on the eve of the poll.
 */
class HeldStillToFillTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final Council BRENT = Golden.BRENT;
  private static final Election ELECTION =
      Election.builder("local.2018-05-03", LocalDate.of(2018, 5, 3), "Brent 2018, a defection")
          .parties(CON, LAB, LD, IND)
          .contest(
              Contest.builder(BRENT)
                  .previous(seats(LAB, 55, IND, 1, CON, 6, LD, 1))
                  .defended(seats(LAB, 56, CON, 6, LD, 1))
                  .build())
          .build();
  private static final Declaration PROVISIONAL =
      Declaration.provisional(BRENT, map(LAB, 57, CON, 3), 3, map(LAB, 3), map(LAB, 2, IND, 1));
  private static final PublishedDeclaration PUBLISHED =
      PublishedDeclaration.of("local.2018-05-03", 1, PROVISIONAL);

  private static Tally preElection() {
    return Tally.of(ELECTION, SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly());
  }

  @Test
  void aStreamLineCarriesItAndReadsBackTheSameDeclaration() {
    String line = JSON.writeDeclarationLine(PUBLISHED);
    assertThat(line)
        .contains("\"defendedStillToFill\":{\"PP53\":3}")
        .contains("\"heldStillToFill\":{\"PP53\":2,\"ynmp-party:2\":1}");

    PublishedDeclaration read = JSON.readDeclaration(preElection(), line);

    assertThat(read).isEqualTo(PUBLISHED);
    assertThat(read.declaration().heldStillToFill())
        .isEqualTo(Composition.of(map(LAB, 2, IND, 1)));
    // the pre-election baseline leaves the seats held by whom they were held out of the changes:
    // Labour 55 - 2 = 53 held outside them, 57 won: +4; the Independent 0 outside, none won: 0
    Tally tally = preElection().apply(read.declaration());
    assertThat(tally.results().get(0).seatChanges())
        .containsEntry(LAB, 4)
        .containsEntry(CON, -3)
        .containsEntry(LD, -1);
    assertThat(tally).isEqualTo(preElection().apply(PROVISIONAL));
  }

  @Test
  void aDeclarationsDocumentAndAResultsDocumentCarryIt() {
    String document = JSON.writeDeclarations(ELECTION, List.of(PUBLISHED), PsephosJson.Style.PRETTY);
    assertThat(document).contains("\"heldStillToFill\"");
    assertThat(JSON.readDeclarations(preElection(), document)).containsExactly(PUBLISHED);

    Tally tally = preElection().apply(PROVISIONAL);
    String results = JSON.writeResults(Results.of(tally), PsephosJson.Style.PRETTY);
    assertThat(results).contains("\"heldStillToFill\"");
    Results read = JSON.readResults(ELECTION, results);
    assertThat(read.tally()).isEqualTo(tally);
    assertThat(read.outcomes().get(0).declaration().heldStillToFill())
        .isEqualTo(Composition.of(map(LAB, 2, IND, 1)));
  }

  @Test
  void moreHeldThanStillToFillIsRejectedAtItsPlace() {
    String line =
        JSON.writeDeclarationLine(PUBLISHED)
            .replace("\"heldStillToFill\":{\"PP53\":2,", "\"heldStillToFill\":{\"PP53\":3,");

    assertThatThrownBy(() -> JSON.readDeclaration(preElection(), line))
        .isInstanceOf(PsephosJsonException.class)
        .hasMessageContaining("Brent")
        .hasMessageContaining("held")
        .hasMessageContaining("4")
        .hasMessageContaining("3");
  }
}
