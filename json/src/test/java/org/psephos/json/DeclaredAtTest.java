package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.psephos.tally.Tally;

/** A declaration time in any ISO form with offset reads; an impossible date is rejected. */
class DeclaredAtTest {
  @Test
  void otherIsoFormsStillRead() {
    String line =
        "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\","
            + "\"sequence\":1,\"council\":\"E09000032\",\"declaredAt\":\"%s\","
            + "\"seatsWon\":{\"PP52\":33,\"PP53\":26,\"ynmp-party:2\":1}}";
    Tally tally = Tally.of(Golden.ELECTION);
    assertThat(
            PsephosJson.standard()
                .readDeclaration(tally, line.formatted("2018-05-04T02:15:30.5+01:00"))
                .declaredAt())
        .isEqualTo(OffsetDateTime.parse("2018-05-04T02:15:30.5+01:00"));
    assertThatThrownBy(
            () ->
                PsephosJson.standard()
                    .readDeclaration(tally, line.formatted("2018-02-30T02:15:00+01:00")))
        .isInstanceOfSatisfying(
            PsephosJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(PsephosJsonException.Kind.INVALID_VALUE))
        .hasMessageContaining("declaredAt \"2018-02-30T02:15:00+01:00\" is not a date and time");
  }
}
