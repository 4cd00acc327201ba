package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.json.Golden.CON;
import static org.psephos.json.GoldenWards.ELECTION;
import static org.psephos.json.GoldenWards.NORTHAM;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Declaration;
import org.psephos.ElectionDataException;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.tally.Tally;
import org.psephos.ward.WardPostponement;

/**
 * Postponement lines in a result stream ({@code psephos.postponement/1}): a ward's poll postponed,
 * applied with the tally's own {@code apply(WardPostponement)}, under the same sequence rules as
 * the other lines. The golden feed's figures are the format's invented example: Northam (7 seats,
 * before Con 4, Lab 3) counts Abbey (3), Bridge (2) and Castle (1) on the night, and Dale (1 seat,
 * Conservative when last fought) is postponed.
 */
class PostponementLineTest {
  private static final PsephosJson JSON = PsephosJson.standard();

  /** The golden feed: 1-3 ward results, 4 Easton's declaration, 5-7 ward results. */
  private static final String[] LINES = Golden.resource("golden/wards.ndjson").split("\n");

  private static final String POSTPONE_DALE =
      "{\"format\":\"psephos.postponement/1\",\"election\":\"local.2022-05-05\",\"sequence\":6,"
          + "\"council\":\"E07999901\",\"ward\":\"E05999904\",\"heldBeforePoll\":{\"PP52\":1},"
          + "\"declaredAt\":\"2022-05-06T02:00:00+01:00\"}";

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
  void aPostponedWardLetsItsCouncilDeclareProvisionallyAndItsResultCompletesIt() throws Exception {
    // Abbey, Bridge, Castle (lines 1, 2, 5) and Dale postponed: Northam declared provisionally
    Tally night = applied(LINES[0], LINES[1], LINES[4], POSTPONE_DALE);
    assertThat(night.isDeclared(NORTHAM)).isTrue();
    Declaration provisional = night.declaration(NORTHAM).orElseThrow();
    assertThat(provisional.stillToFill()).isEqualTo(1);
    assertThat(provisional.defendedStillToFill()).isEqualTo(Composition.of(Map.of(CON, 1)));
    assertThat(provisional.heldStillToFill()).isEqualTo(Composition.of(Map.of(CON, 1)));
    assertThat(night.progress(NORTHAM).postponedWards())
        .extracting(w -> w.name())
        .containsExactly("Dale");
    // Dale's result (line 7) completes it: as if the postponement had never come
    assertThat(applied(LINES[0], LINES[1], LINES[4], POSTPONE_DALE, LINES[6]))
        .isEqualTo(applied(LINES[0], LINES[1], LINES[4], LINES[6]));
  }

  @Test
  void aPostponementReadsAndIsWrittenBackAsItsLine() throws Exception {
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(POSTPONE_DALE))) {
      PublishedResult read = feed.next().orElseThrow();
      assertThat(read).isInstanceOf(PublishedPostponement.class);
      PublishedPostponement postponed = (PublishedPostponement) read;
      assertThat(postponed.council()).isEqualTo(NORTHAM);
      assertThat(postponed.postponement())
          .isEqualTo(
              WardPostponement.of(NORTHAM, "E05999904")
                  .withHeldBeforePoll(Composition.of(Map.of(CON, 1))));
      assertThat(postponed.sequence()).isEqualTo(6);
      assertThat(JSON.writeResultLine(postponed)).isEqualTo(POSTPONE_DALE + "\n");
    }
    String plain =
        "{\"format\":\"psephos.postponement/1\",\"election\":\"local.2022-05-05\",\"sequence\":6,"
            + "\"council\":\"E07999901\",\"ward\":\"E05999904\"}";
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(plain))) {
      PublishedPostponement read = (PublishedPostponement) feed.next().orElseThrow();
      assertThat(read.postponement().heldBeforePoll().isEmpty()).isTrue();
      assertThat(read.declaredAt()).isNull();
      assertThat(JSON.writeResultLine(read)).isEqualTo(plain + "\n");
    }
    assertThat(SchemaTest.errors(DocumentKind.POSTPONEMENT, POSTPONE_DALE)).isEmpty();
    assertThat(SchemaTest.errors(DocumentKind.POSTPONEMENT, plain)).isEmpty();
    String noWard = plain.replace(",\"ward\":\"E05999904\"", "");
    assertThat(SchemaTest.errors(DocumentKind.POSTPONEMENT, noWard)).isNotEmpty();
  }

  @Test
  void aPostponementsComponentsAreChecked() {
    WardPostponement dale = WardPostponement.of(NORTHAM, "E05999904");
    assertThatThrownBy(() -> new PublishedPostponement(" ", 1, null, dale))
        .isInstanceOf(ElectionDataException.class)
        .hasMessage("the election id of a published postponement is blank");
    assertThatThrownBy(() -> new PublishedPostponement("local.2022-05-05", 0, null, dale))
        .isInstanceOf(ElectionDataException.class)
        .hasMessageContaining("Northam (E07999901): postponement sequence number 0 is outside 1");
  }

  @Test
  void aPostponementNeedsAWardOfItsCouncilAndARisingSequence() throws Exception {
    String noWard = POSTPONE_DALE.replace(",\"ward\":\"E05999904\"", "");
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(noWard))) {
      PsephosJsonException e = Failures.caught(Kind.MISSING_FIELD, feed::next);
      assertThat(e.reason()).contains("ward");
    }
    String wrong = POSTPONE_DALE.replace("\"council\":\"E07999901\"", "\"council\":\"E07999902\"");
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(wrong))) {
      PsephosJsonException e = Failures.caught(Kind.UNKNOWN_REFERENCE, feed::next);
      assertThat(e.pointer()).isEqualTo("/ward");
      assertThat(e.reason()).contains("ward E05999904 belongs to Northam (E07999901)");
    }
    String late = POSTPONE_DALE.replace("\"sequence\":6", "\"sequence\":4");
    try (ResultStream feed = JSON.resultStream(ELECTION, stream(LINES[3], late))) {
      feed.next();
      PsephosJsonException e = Failures.caught(Kind.SEQUENCE, feed::next);
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.reason()).contains("sequence number 4 does not follow 4");
    }
  }

  @Test
  void postponingAWardThatHasDeclaredIsRefusedAndChangesNothing() throws Exception {
    String afterDale = POSTPONE_DALE.replace("\"sequence\":6", "\"sequence\":8");
    try (ResultStream feed =
        JSON.resultStream(ELECTION, stream(LINES[0], LINES[1], LINES[4], LINES[6], afterDale))) {
      ResultStream.Summary summary = feed.applyTo(Tally.of(ELECTION), e -> true);
      assertThat(summary.rejected()).isEqualTo(1);
      assertThat(summary.tally()).isEqualTo(applied(LINES[0], LINES[1], LINES[4], LINES[6]));
    }
  }
}
