package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How the command tells what a file holds from its first bytes: ballot profiles, a byte order
 * mark, JSON or a candidate table of each kind; and that it leaves the input where it was.
 */
class SniffingTest {
  private static BufferedInputStream input(String text) {
    return input(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static BufferedInputStream input(byte[] bytes) {
    return new BufferedInputStream(new ByteArrayInputStream(bytes));
  }

  private static boolean ballotProfiles(String name, String text) throws IOException {
    BufferedInputStream in = input(text);
    boolean are = BallotProfiles.are(Path.of(name), in);
    // the input is left at its start
    assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo(text);
    return are;
  }

  @Test
  void ballotProfilesAreToldByTheirExtensionOrAFirstDigit() throws IOException {
    assertThat(ballotProfiles("ward.blt", "{")).isTrue();
    assertThat(ballotProfiles("WARD.BLT", "")).isTrue();
    assertThat(ballotProfiles("ward.txt", " \t\r\n3 2\n")).isTrue();
    assertThat(ballotProfiles("ward.txt", "0")).isTrue();
    assertThat(ballotProfiles("ward.txt", "9")).isTrue();
    assertThat(ballotProfiles("ward.txt", "/")).isFalse(); // the character before 0
    assertThat(ballotProfiles("ward.txt", ":")).isFalse(); // the character after 9
    assertThat(ballotProfiles("ward.txt", "\n{\"format\": 1}")).isFalse();
    assertThat(ballotProfiles("ward.txt", "")).isFalse();
    assertThat(ballotProfiles("ward.txt", " \n ")).isFalse();
    // only the first 4,096 bytes are looked at
    assertThat(ballotProfiles("ward.txt", " ".repeat(4095) + "3")).isTrue();
    assertThat(ballotProfiles("ward.txt", " ".repeat(4096) + "3")).isFalse();
  }

  private static boolean byteOrderMark(byte... bytes) throws IOException {
    BufferedInputStream in = input(bytes);
    boolean starts = Inputs.startsWithByteOrderMark(in);
    assertThat(in.readAllBytes()).isEqualTo(bytes);
    return starts;
  }

  @Test
  void aByteOrderMarkIsTheThreeBytesEfBbBf() throws IOException {
    assertThat(byteOrderMark((byte) 0xEF, (byte) 0xBB, (byte) 0xBF)).isTrue();
    assertThat(byteOrderMark((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) '{')).isTrue();
    assertThat(byteOrderMark((byte) 0xEF, (byte) 0xBB)).isFalse();
    assertThat(byteOrderMark((byte) 0xEE, (byte) 0xBB, (byte) 0xBF)).isFalse();
    assertThat(byteOrderMark((byte) 0xEF, (byte) 0xBA, (byte) 0xBF)).isFalse();
    assertThat(byteOrderMark((byte) 0xEF, (byte) 0xBB, (byte) 0xBE)).isFalse();
    assertThat(byteOrderMark((byte) '{', (byte) '}', (byte) '\n')).isFalse();
    assertThat(byteOrderMark()).isFalse();
  }

  private static boolean json(String text) {
    return TableImports.looksLikeJson(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void jsonIsAFileWhoseFirstCharacterOpensAnObjectOrArray() {
    assertThat(json("{}")).isTrue();
    assertThat(json(" \t\r\n[1]")).isTrue();
    assertThat(json("\u00EF\u00BB\u00BF{}")).isTrue(); // after a byte order mark
    assertThat(json("")).isTrue(); // nothing but space: the JSON reader says what is wrong
    assertThat(json("  \n")).isTrue();
    assertThat(json("\"Barnet\",\"E09000003\"")).isFalse();
    assertThat(json("\u00EF\"Barnet\"")).isFalse();
    assertThat(json("Ward code,Elected")).isFalse();
  }

  @Test
  void aCandidateTableIsToldFromItsFirstLines() {
    String leap =
        "\"Barnet\",\"Brunswick Park\",\"2018-05-03\",\"Conservative\",\"Lisa Rutter\",\"Con\","
            + "\"2301\",\"1\"\n";
    assertThat(TableImports.kind("t.csv", leap.getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("leap");
    assertThat(TableImports.kind("t.csv",
            ("\u00EF\u00BB\u00BF" + leap).getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("leap");
    assertThat(TableImports.kind("t.csv",
            "ballot_paper_id,person_name\nlocal.barnet.x.2018-05-03,A\n".getBytes(
                StandardCharsets.ISO_8859_1)))
        .isEqualTo("dc");
    // a Handbook sheet: its header on the first line, or on the second after a title row
    assertThat(TableImports.kind("t.csv",
            "Ward code,Ward name,Elected\nE05000001,A,1\n".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("handbook");
    assertThat(TableImports.kind("t.csv",
            "Local elections handbook 2024\nWard code,Ward name,Elected\nE05000001,A,1\n"
                .getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("handbook");
    // "elected" alone, or on the third line, is no Handbook header
    assertThatThrownBy(() -> TableImports.kind("t.csv",
            "Title\nsubtitle\nWard code,Elected\n".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(BadDataException.class)
        .hasMessageStartingWith("t.csv: not JSON, and not a candidate table");
    assertThatThrownBy(() -> TableImports.kind("t.csv",
            "Ward name,Elected\n".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(BadDataException.class)
        .hasMessageContaining("--from leap|handbook|dc");
    // seven quoted values, or a last value other than 1 or 0, is not LEAP
    assertThatThrownBy(() -> TableImports.kind("t.csv",
            "\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"1\"\n".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(BadDataException.class);
    assertThatThrownBy(() -> TableImports.kind("t.csv",
            "\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"2\"\n".getBytes(
                StandardCharsets.ISO_8859_1)))
        .isInstanceOf(BadDataException.class);
  }
}
