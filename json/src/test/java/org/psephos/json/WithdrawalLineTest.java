package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.json.GoldenWards.EASTON;
import static org.psephos.json.GoldenWards.ELECTION;
import static org.psephos.json.GoldenWards.NORTHAM;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.ElectionDataException;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.tally.Tally;

/**
 * Withdrawal lines in a result stream ({@code psephos.withdrawal/1}): applied with the tally's own
 * withdraw, under the same sequence rules as the other lines. The golden feed's figures are the
 * format's invented example.
 */
class WithdrawalLineTest {
  private static final PsephosJson JSON = PsephosJson.standard();

  /** The golden feed: 1-3 ward results, 4 Easton's declaration, 5-7 ward results. */
  private static final String[] LINES = Golden.resource("golden/wards.ndjson").split("\n");

  private static final String WITHDRAW_EASTON =
      "{\"format\":\"psephos.withdrawal/1\",\"election\":\"local.2022-05-05\",\"sequence\":8,"
          + "\"council\":\"E07999903\"}";
  private static final String WITHDRAW_DALE =
      "{\"format\":\"psephos.withdrawal/1\",\"election\":\"local.2022-05-05\",\"sequence\":9,"
          + "\"council\":\"E07999901\",\"ward\":\"E05999904\","
          + "\"declaredAt\":\"2022-05-06T03:00:00+01:00\"}";

  private static InputStream stream(String... lines) {
    return new ByteArrayInputStream(
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static Tally applied(String... lines) throws Exception {
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(lines))) {
      ResultStream.Summary summary = feed.applyTo(Tally.of(ELECTION), e -> false);
      assertThat(summary.rejected()).isZero();
      return summary.tally();
    }
  }

  @Test
  void aCouncilWithdrawnEqualsNeverDeclared() throws Exception {
    Tally withdrawn = applied(LINES[0], LINES[1], LINES[2], LINES[3], WITHDRAW_EASTON);
    assertThat(withdrawn).isEqualTo(applied(LINES[0], LINES[1], LINES[2]));
    assertThat(withdrawn.isDeclared(EASTON)).isFalse();
  }

  @Test
  void aWardWithdrawnEqualsNeverDeclared() throws Exception {
    Tally withdrawn =
        applied(LINES[0], LINES[1], LINES[2], LINES[3], LINES[4], LINES[5], LINES[6],
            WITHDRAW_EASTON, WITHDRAW_DALE);
    assertThat(withdrawn)
        .isEqualTo(applied(LINES[0], LINES[1], LINES[2], LINES[4], LINES[5]));
    assertThat(withdrawn.isDeclared(NORTHAM)).isFalse();
  }

  @Test
  void aWithdrawalReadsAndIsWrittenBackAsItsLine() throws Exception {
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(WITHDRAW_DALE))) {
      PublishedResult read = feed.next().orElseThrow();
      assertThat(read).isInstanceOf(PublishedWithdrawal.class);
      PublishedWithdrawal withdrawal = (PublishedWithdrawal) read;
      assertThat(withdrawal.council()).isEqualTo(NORTHAM);
      assertThat(withdrawal.ward()).isEqualTo(Optional.of("E05999904"));
      assertThat(withdrawal.sequence()).isEqualTo(9);
      assertThat(JSON.writeResultLine(withdrawal)).isEqualTo(WITHDRAW_DALE + "\n");
    }
    assertThat(SchemaTest.errors(DocumentKind.WITHDRAWAL, WITHDRAW_DALE)).isEmpty();
    assertThat(SchemaTest.errors(DocumentKind.WITHDRAWAL, WITHDRAW_EASTON)).isEmpty();
  }

  @Test
  void aWithdrawalsComponentsAreChecked() {
    assertThatThrownBy(() -> new PublishedWithdrawal(" ", 1, null, EASTON, Optional.empty()))
        .isInstanceOf(ElectionDataException.class)
        .hasMessage("the election id of a published withdrawal is blank");
    assertThatThrownBy(
            () -> new PublishedWithdrawal("local.2022-05-05", 1, null, NORTHAM, Optional.of(" ")))
        .isInstanceOf(ElectionDataException.class)
        .hasMessage("Northam (E07999901): the withdrawn ward's id is blank");
    assertThatThrownBy(
            () -> new PublishedWithdrawal("local.2022-05-05", 0, null, EASTON, Optional.empty()))
        .isInstanceOf(ElectionDataException.class)
        .hasMessageContaining("Easton (E07999903): withdrawal sequence number 0 is outside 1 to");
  }

  @Test
  void sequenceNumbersRiseThroughWithdrawalsToo() throws Exception {
    String late = WITHDRAW_EASTON.replace("\"sequence\":8", "\"sequence\":4");
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(LINES[3], late))) {
      feed.next();
      PsephosJsonException e = Failures.caught(Kind.SEQUENCE, feed::next);
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.reason()).contains("sequence number 4 does not follow 4");
    }
  }

  @Test
  void aWardOfAnotherCouncilIsAnUnknownReference() throws Exception {
    String wrong = WITHDRAW_DALE.replace("\"council\":\"E07999901\"", "\"council\":\"E07999902\"");
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(wrong))) {
      PsephosJsonException e = Failures.caught(Kind.UNKNOWN_REFERENCE, feed::next);
      assertThat(e.pointer()).isEqualTo("/ward");
      assertThat(e.reason()).contains("ward E05999904 belongs to Northam (E07999901)");
    }
  }
}
