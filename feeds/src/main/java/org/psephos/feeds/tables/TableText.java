package org.psephos.feeds.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.psephos.DataSubject;

/**
 * A CSV file's bytes made into rows: decoded strictly (UTF-8 unless a charset is given, a UTF-8
 * byte order mark skipped, anything else not UTF-8 rejected with its line, column and byte, and
 * named as Windows-1252 when it reads as such), then split by Apache Commons CSV (RFC 4180).
 */
final class TableText {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TableText() {}

  /** One row of a table: the line it starts on (from 1) and its values. */
  record Row(long line, List<String> values) {
    Row {
      values = List.copyOf(values);
    }

    /** The value in a column counted from 0. */
    String get(int index) {
      return values.get(index);
    }
  }

  /**
   * The rows of a file.
   *
   * @param file the file name, for messages
   * @param bytes the file's content
   * @param charset the charset to decode with, or null for UTF-8 (with or without a BOM)
   */
  static List<Row> rows(String file, byte[] bytes, @Nullable Charset charset) {
    return parse(file, decode(file, bytes, charset));
  }

  static String decode(String file, byte[] bytes, @Nullable Charset charset) {
    int start = 0;
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new TableFormatException(
          TableFormatException.Kind.ENCODING,
          file,
          1,
          1,
          String.format(Locale.ROOT, "0x%02X%02X", bytes[0] & 0xFF, bytes[1] & 0xFF),
          "the file starts with a UTF-16 byte order mark; save it as UTF-8 (CSV UTF-8)",
          DataSubject.none());
    }
    Charset used = charset == null ? StandardCharsets.UTF_8 : charset;
    if (used.equals(StandardCharsets.UTF_8)
        && bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      start = 3;
    }
    CharsetDecoder decoder =
        used.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()));
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      out.flip();
      String before = out.toString();
      long line = 1;
      int lastBreak = -1;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          lastBreak = i;
        }
      }
      int column = before.length() - lastBreak;
      String value = String.format(Locale.ROOT, "0x%02X", bytes[bad] & 0xFF);
      String detail = "the file is not " + used.name() + " (byte " + value + " cannot be decoded)";
      if (charset == null && readsAs(bytes, WINDOWS_1252)) {
        detail +=
            "; it reads as Windows-1252, as older spreadsheets save CSV: save it as UTF-8, or give"
                + " the charset windows-1252 (--charset windows-1252)";
      }
      throw new TableFormatException(
          TableFormatException.Kind.ENCODING, file, line, column, value, detail,
          DataSubject.none());
    }
    out.flip();
    return out.toString();
  }

  private static boolean readsAs(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static List<Row> parse(String file, String text) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      long line = parser.getCurrentLineNumber() + 1;
      for (CSVRecord record : parser) {
        List<String> values = new ArrayList<>(record.size());
        for (String value : record) {
          values.add(value);
        }
        rows.add(new Row(line, values));
        line = parser.getCurrentLineNumber() + 1;
      }
      return rows;
    } catch (IOException | UncheckedIOException e) {
      String message = e.getMessage();
      throw new TableFormatException(
          TableFormatException.Kind.MALFORMED,
          file,
          rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1,
          0,
          "",
          "malformed CSV after row "
              + rows.size()
              + (message == null ? "" : " (" + message + ")"),
          DataSubject.none());
    }
  }
}
