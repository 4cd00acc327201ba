package org.psephos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.psephos.tally.Tally;

/** The JSON documents example: each document read, written and read back. */
class JsonDocumentsTest {

  @Test
  void everyDocumentGoesRoundAndABadLineIsRefusedWithItsPlace() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Tally tally;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      tally = JsonDocuments.run(out);
    }
    String line1 =
        "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",\"sequence\":1,"
            + "\"council\":\"E09000002\",\"seatsWon\":{\"PP53\":51}}";

    assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly(
            "Read election local.2018-05-03: 32 councils, 8 parties",
            "Read 34 declarations from the stream",
            "Wrote them as a declarations document and read it back: the same 34 declarations",
            "Wrote the London results and read them back: 32 of 32 councils, Labour 1,123 seats",
            "The first declaration as a stream line: " + line1,
            "A bad line is refused: council \"E09000099\" is not part of election local.2018-05-03"
                + " (at /council, line 1, column " + (line1.indexOf("\"E09000002\"") + 1) + ")");
    assertThat(tally.councilsDeclared()).isEqualTo(32);
    assertThat(tally.standings().seatsWon()).isEqualTo(1833);
  }
}
