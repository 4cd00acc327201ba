package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.json.GoldenWards.EASTON;
import static org.psephos.json.GoldenWards.ELECTION;
import static org.psephos.json.GoldenWards.NORTHAM;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.ElectionDataException;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.tally.Tally;
import org.psephos.ward.WardPostponement;

/**
 * The edges of the result stream's lines and of the text rules: each published line kind without
 * its election, members of the wrong type named as the reader names them, the sequence number's
 * bounds, a byte order mark on a line of its own, and the characters a name may and may not hold.
 */
class LineEdgesTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final String HEAD = "\"election\":\"local.2022-05-05\",";

  private static PsephosJsonException firstLineFails(Kind kind, String line) {
    return Failures.caught(kind, () -> {
      try (ResultStream stream = JSON.resultStream(ELECTION, new ByteArrayInputStream(
          (line + "\n").getBytes(StandardCharsets.UTF_8)))) {
        stream.next();
      }
    });
  }

  private static String postponement(String members) {
    return "{\"format\":\"psephos.postponement/1\"," + HEAD + "\"sequence\":1," + members + "}";
  }

  private static String withdrawal(String members) {
    return "{\"format\":\"psephos.withdrawal/1\"," + HEAD + "\"sequence\":1," + members + "}";
  }

  @Test
  void everyPublishedLineNamesItsElection() {
    String[] lines = {
      postponement("\"council\":\"E07999901\",\"ward\":\"E05999904\"").replace(HEAD, ""),
      withdrawal("\"council\":\"E07999903\"").replace(HEAD, ""),
      "{\"format\":\"psephos.wardresult/1\",\"sequence\":1,\"council\":\"E07999901\","
          + "\"ward\":\"E05999903\",\"candidates\":[{\"name\":\"Lena Lowe\",\"party\":\"PP53\"}]}",
      "{\"format\":\"psephos.declaration/1\",\"sequence\":1,\"council\":\"E07999903\","
          + "\"seatsWon\":{\"PP90\":17,\"PP52\":13}}"
    };
    for (String line : lines) {
      PsephosJsonException e = firstLineFails(Kind.MISSING_FIELD, line);
      assertThat(e.reason()).as(line).contains("\"election\"");
    }
  }

  @Test
  void membersOfTheWrongTypeAreNamedAsTheReaderNamesThem() {
    assertThat(firstLineFails(Kind.WRONG_TYPE,
            postponement("\"council\":\"E07999901\",\"ward\":5")).reason())
        .contains("Northam (E07999901): a postponement's \"ward\"");
    assertThat(firstLineFails(Kind.WRONG_TYPE,
            postponement("\"ward\":5,\"council\":\"E07999901\"")).reason())
        .contains("a postponement: a postponement's \"ward\"");
    assertThat(firstLineFails(Kind.WRONG_TYPE,
            postponement("\"council\":7,\"ward\":\"E05999904\"")).reason())
        .contains("a postponement's \"council\"");
    assertThat(firstLineFails(Kind.WRONG_TYPE, postponement(
            "\"council\":\"E07999901\",\"ward\":\"E05999904\",\"heldBeforePoll\":[1]")).reason())
        .contains("Northam (E07999901): seats held before the poll");
    assertThat(firstLineFails(Kind.WRONG_TYPE, postponement(
            "\"heldBeforePoll\":[1],\"council\":\"E07999901\",\"ward\":\"E05999904\"")).reason())
        .contains("a postponement: seats held before the poll");
    PsephosJsonException negative = firstLineFails(Kind.INVALID_VALUE, postponement(
        "\"council\":\"E07999901\",\"ward\":\"E05999904\",\"heldBeforePoll\":{\"PP52\":-1}"));
    assertThat(negative.pointer()).isEqualTo("/heldBeforePoll/PP52");
    assertThat(firstLineFails(Kind.WRONG_TYPE,
            postponement("\"council\":\"E07999901\",\"ward\":\"E05999904\"")
                .replace("\"sequence\":1", "\"sequence\":\"1\"")).reason())
        .contains("a postponement's \"sequence\"");
    assertThat(firstLineFails(Kind.WRONG_TYPE,
            withdrawal("\"council\":\"E07999901\",\"ward\":5")).reason())
        .contains("Northam (E07999901): a ward result's \"ward\"");
    assertThat(firstLineFails(Kind.WRONG_TYPE, withdrawal("\"ward\":5")).reason())
        .contains("a withdrawal: a ward result's \"ward\"");
    assertThat(firstLineFails(Kind.WRONG_TYPE, withdrawal("\"council\":7")).reason())
        .contains("a withdrawal's \"council\"");
    assertThat(firstLineFails(Kind.WRONG_TYPE,
            withdrawal("\"council\":\"E07999903\"").replace("\"sequence\":1", "\"sequence\":[1]"))
                .reason())
        .contains("a withdrawal's \"sequence\"");
    assertThat(firstLineFails(Kind.MISSING_FIELD, withdrawal("\"ward\":\"E05999904\"")).reason())
        .contains("\"council\"");
  }

  @Test
  void aSequenceNumberRunsFromOneToTheLimit() {
    WardPostponement dale = WardPostponement.of(NORTHAM, "E05999904");
    long max = JsonLimits.MAX_SEQUENCE;
    assertThat(new PublishedPostponement("local.2022-05-05", 1, null, dale).sequence()).isOne();
    assertThat(new PublishedPostponement("local.2022-05-05", max, null, dale).sequence())
        .isEqualTo(max);
    assertThatThrownBy(() -> new PublishedPostponement("local.2022-05-05", max + 1, null, dale))
        .isInstanceOf(ElectionDataException.class)
        .hasMessageContaining("postponement sequence number " + (max + 1) + " is outside 1 to");
    assertThat(new PublishedWithdrawal("local.2022-05-05", 1, null, EASTON, Optional.empty())
        .sequence()).isOne();
    assertThat(new PublishedWithdrawal("local.2022-05-05", max, null, EASTON, Optional.empty())
        .sequence()).isEqualTo(max);
    assertThatThrownBy(
            () -> new PublishedWithdrawal("local.2022-05-05", max + 1, null, EASTON,
                Optional.empty()))
        .isInstanceOf(ElectionDataException.class)
        .hasMessageContaining("withdrawal sequence number " + (max + 1) + " is outside 1 to");
    assertThat(new PublishedPostponement("local.2022-05-05", 1, null, dale).applyTo(
            Tally.of(ELECTION)).progress(NORTHAM).postponedWards())
        .hasSize(1);
  }

  @Test
  void aByteOrderMarkAloneOnTheFirstLineIsABlankLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});
    bytes.write((withdrawal("\"council\":\"E07999903\"") + "\n").getBytes(StandardCharsets.UTF_8));
    try (ResultStream stream =
        JSON.resultStream(ELECTION, new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(stream.next()).containsInstanceOf(PublishedWithdrawal.class);
      assertThat(stream.lineNumber()).isEqualTo(2);
      assertThat(stream.next()).isEmpty();
    }
  }

  @Test
  void aNameHoldsPrintableCharactersAndPairedSurrogatesOnly() {
    String election = Golden.resource("golden/election-wards.json");
    String[] accepted = {"Lena\u0020Lowe~", "Caf\u00e9\u00a0Party", "Party \ud83d\udc4d"};
    for (String name : accepted) {
      String renamed = election.replace("\"name\": \"Northam\"", "\"name\": \"" + name + "\"");
      assertThat(JSON.readElection(renamed).election().contest("E07999901").orElseThrow()
          .council().name()).isEqualTo(name);
    }
    String[] rejected = {"Nor\u001fham", "Nor\u007fham", "Nor\u009fham", "Northam \ud83d",
        "Nor\udc4dham"};
    for (String name : rejected) {
      String renamed = election.replace("\"name\": \"Northam\"", "\"name\": \"" + name + "\"");
      assertThatThrownBy(() -> JSON.readElection(renamed))
          .as(name)
          .isInstanceOf(PsephosJsonException.class);
    }
  }

  @Test
  void aWardResultDocumentMustBeAnObject() {
    Failures.caught(Kind.WRONG_TYPE, () -> JSON.readWardResult(Tally.of(ELECTION), "[]"));
    Failures.caught(Kind.WRONG_TYPE, () -> JSON.readWardResults(ELECTION, "[]"));
  }
}
