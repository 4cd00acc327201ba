package org.psephos.json.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A declaration time in the common form is read without the ISO parser, to the same value: where
 * the short cut reads a text, the ISO parser reads it to the same instant and offset, and a text it
 * leaves is one the ISO parser rejects or reads in another form.
 */
class DeclaredAtFormTest {
  /** The common form: seconds, and Z or an offset of hours and minutes. */
  private static final Pattern COMMON =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

  private static String two(int n) {
    return (n < 10 ? "0" : "") + n;
  }

  /** Texts of the common shape, with fields in and out of range, and a few letters and signs. */
  private static Gen<String> texts() {
    Gen<Integer> small = SourceDSL.integers().between(0, 99);
    Gen<String> sign = SourceDSL.integers().between(0, 3).map(i -> new String[] {"+", "-", "Z", "x"}[i]);
    return SourceDSL.integers()
        .between(0, 9999)
        .zip(small, small, small, (y, mo, d, h) -> String.format("%04d-%s-%sT%s", y % 10000, two(mo % 13), two(d % 32), two(h % 25)))
        .zip(small, small, sign, (head, mi, s, g) -> head + ":" + two(mi % 61) + ":" + two(s % 61) + g)
        .zip(small, small, (head, oh, om) -> head.endsWith("Z") || head.endsWith("x")
            ? head
            : head + two(oh % 20) + ":" + two(om % 61));
  }

  @Test
  void commonFormReadsAsTheIsoParserDoes() {
    qt().withExamples(20_000)
        .forAll(texts())
        .checkAssert(
            text -> {
              OffsetDateTime quick = DeclarationCodec.commonForm(text);
              OffsetDateTime iso;
              try {
                iso = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
              } catch (DateTimeParseException e) {
                assertThat(quick).as(text).isNull();
                return;
              }
              if (COMMON.matcher(text).matches()) {
                // a text of the common form the ISO parser reads is read by the short cut too
                assertThat(quick).as(text).isEqualTo(iso);
              } else if (quick != null) {
                assertThat(quick).as(text).isEqualTo(iso);
              }
            });
  }

  @Test
  void feedsFormsAreReadByTheShortCut() {
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00+01:00"))
        .isEqualTo(OffsetDateTime.parse("2018-05-04T02:15:00+01:00"));
    assertThat(DeclarationCodec.commonForm("2018-05-04T01:15:00Z"))
        .isEqualTo(OffsetDateTime.parse("2018-05-04T01:15:00Z"));
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00-03:30"))
        .isEqualTo(OffsetDateTime.parse("2018-05-04T02:15:00-03:30"));
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00+18:00"))
        .isEqualTo(OffsetDateTime.parse("2018-05-04T02:15:00+18:00"));
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15+01:00")).isNull();
    // not the common form: left to the ISO parser
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00+19:00")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00+01:60")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00+01-00")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00*01:00")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00X")).isNull();
    assertThat(DeclarationCodec.commonForm("2018/05-04T02:15:00Z")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05/04T02:15:00Z")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04 02:15:00Z")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04T02-15:00Z")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15-00Z")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:0aZ")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-05-04T02:15:00.5Z")).isNull();
    assertThat(DeclarationCodec.commonForm("2018-02-30T02:15:00+01:00")).isNull();
  }
}
