package org.psephos.json;

import org.psephos.json.PsephosJsonException.Kind;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Bytes are read as UTF-8 the same way whatever they come in: a document from a stream and the
 * same document as a string fail alike, columns counted in characters, not bytes.
 */
class InputBytesTest {
  private final PsephosJson json = PsephosJson.standard();

  /** An election document whose name holds two-byte and three-byte characters before a fault. */
  private static final String NON_ASCII_THEN_FAULT =
      "{\"format\":\"psephos.election/1\",\"id\":\"local.2018-05-03\",\"date\":\"2018-05-03\","
          + "\"name\":\"Etholiadau – Siân\",\"parties\":[],\"councils\":[] x}";

  @Test
  void aStreamThatFailsGivesUncheckedIoException() {
    IOException broken = new IOException("disk gone");
    InputStream failing =
        new InputStream() {
          private int given;

          @Override
          public int read() throws IOException {
            if (given++ < 10) {
              return '{';
            }
            throw broken;
          }
        };
    assertThatThrownBy(() -> json.readElection(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(broken);
  }

  @Test
  void columnsCountCharactersNotBytesFromAStream() {
    PsephosJsonException fromString =
        catchThrowableOfType(
            PsephosJsonException.class, () -> json.readElection(NON_ASCII_THEN_FAULT));
    PsephosJsonException fromBytes =
        catchThrowableOfType(
            PsephosJsonException.class,
            () -> json.readElection(new ByteArrayInputStream(NON_ASCII_THEN_FAULT.getBytes(UTF_8))));
    assertThat(fromBytes).matches(Failures.kind(Kind.MALFORMED_JSON));
    assertThat(fromBytes.getClass()).isEqualTo(fromString.getClass());
    assertThat(fromBytes.line()).isEqualTo(1);
    // the fault, "x", is the 130th character (the 133rd byte: "–" takes three bytes, "â" two)
    assertThat(NON_ASCII_THEN_FAULT.indexOf(" x}") + 2).isEqualTo(130);
    assertThat(fromBytes.column()).isEqualTo(130).isEqualTo(fromString.column());
    assertThat(fromBytes.getMessage()).isEqualTo(fromString.getMessage());
  }

  /**
   * A two-byte character at every place among the eight bytes the reader checks at a time, and in
   * the few bytes left at the end: each is found, so columns are counted in characters. Were one
   * missed, the bytes would be parsed undecoded and the fault's column counted in bytes, one more.
   */
  @Test
  void aNonAsciiCharacterAnywhereInTheBytesIsDecoded() {
    for (int padding = 0; padding < 16; padding++) {
      // "é" is always the fifth and fourth bytes from the end: in the last few bytes for some
      // lengths, in a whole eight for the others
      String document = "{\"format\":\"psephos.election/1\",\"id\":\"local.2018-05-03\","
          + "\"date\":\"2018-05-03\",\"parties\":[],\"councils\":[],\"name\":\""
          + "a".repeat(padding) + "é\" x}";
      PsephosJsonException fromString =
          catchThrowableOfType(PsephosJsonException.class, () -> json.readElection(document));
      PsephosJsonException fromBytes =
          catchThrowableOfType(
              PsephosJsonException.class,
              () -> json.readElection(new ByteArrayInputStream(document.getBytes(UTF_8))));
      assertThat(fromBytes).matches(Failures.kind(Kind.MALFORMED_JSON));
      assertThat(fromBytes.column())
          .as("padding %d", padding)
          .isEqualTo(document.indexOf(" x}") + 2)
          .isEqualTo(fromString.column());
    }
  }

  @Test
  void illFormedUtf8IsRejectedWhereItIs() {
    byte[] good = "{\"format\":\"psephos.election/1\",\"id\":\"local.2018-05-03\",\"name\":\"A"
        .getBytes(UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC0; // an overlong form: never UTF-8
    bytes[good.length + 1] = (byte) 0x80;
    bytes[good.length + 2] = '"';
    PsephosJsonException e =
        Failures.caught(Kind.MALFORMED_JSON, () -> json.readElection(new ByteArrayInputStream(bytes)));
    assertThat(e.getMessage()).contains("the input is not UTF-8 text");
    assertThat(e.line()).isEqualTo(1);
  }
}
