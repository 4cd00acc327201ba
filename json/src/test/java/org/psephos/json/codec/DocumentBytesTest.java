package org.psephos.json.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A document's bytes are all of its stream's bytes, whatever the stream says it has available:
 * the exact count, none, fewer than it has, or more.
 */
class DocumentBytesTest {
  private static final byte[] DOCUMENT =
      "{\"format\": \"psephos.election/1\", \"name\": \"\u00e9\u0000\"}"
          .getBytes(StandardCharsets.UTF_8);

  /** A stream of the document that says it has {@code available} bytes, whatever it has. */
  private static InputStream saying(int available) {
    return new FilterInputStream(new ByteArrayInputStream(DOCUMENT)) {
      @Override
      public int available() {
        return available;
      }
    };
  }

  @Test
  void aStreamSayingHowManyBytesItHasIsReadWhole() {
    assertThat(Reading.upToTheLimit(new ByteArrayInputStream(DOCUMENT))).isEqualTo(DOCUMENT);
    assertThat(Reading.upToTheLimit(saying(DOCUMENT.length))).isEqualTo(DOCUMENT);
  }

  @Test
  void aStreamSayingNothingIsReadWhole() {
    assertThat(Reading.upToTheLimit(saying(0))).isEqualTo(DOCUMENT);
  }

  @Test
  void aStreamSayingTooFewIsReadWhole() {
    assertThat(Reading.upToTheLimit(saying(1))).isEqualTo(DOCUMENT);
    assertThat(Reading.upToTheLimit(saying(DOCUMENT.length - 1))).isEqualTo(DOCUMENT);
  }

  @Test
  void aStreamSayingTooManyIsReadToItsEnd() {
    assertThat(Reading.upToTheLimit(saying(DOCUMENT.length + 1))).isEqualTo(DOCUMENT);
    assertThat(Reading.upToTheLimit(saying(10 * DOCUMENT.length))).isEqualTo(DOCUMENT);
  }

  @Test
  void anEmptyStreamHasNoBytes() {
    assertThat(Reading.upToTheLimit(new ByteArrayInputStream(new byte[0]))).isEmpty();
  }
}
