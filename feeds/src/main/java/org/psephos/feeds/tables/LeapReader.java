package org.psephos.feeds.tables;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.psephos.DataSubject;

/**
 * Reads a LEAP file (the Local Elections Archive Project's candidates of one polling day): no
 * header, eight columns in a fixed order, {@code council, council_ons, ward, ward_ons, candidate,
 * party, votes, elected}, with {@code elected} 1 or 0 and {@code votes} empty or 0 for every
 * candidate of an uncontested ward. See docs/tables.md.
 *
 * <p>A ballot is a run of rows of the same council and ward code; its seats are the number of
 * candidates flagged elected (LEAP has no seats column), and the flags are checked against "most
 * votes win" ({@link TableWard}). A file mixes the day's by-elections in: a council with only a
 * by-election is read like any other (its ballot's seats are the seats filled), and a ward that
 * appears a second time (a by-election alongside the scheduled election) becomes a second ballot
 * with the id {@code <ward code>.by}, named in the {@link CandidateTable#notices() notices}. A
 * placeholder row whose ward code and candidate columns are all {@code NULL} (LEAP's mark for a
 * mayoral election held the same day, such as Bedford's "Elected Mayor") has no candidates: it is
 * left out and named in the notices.
 *
 * <p>Every fault is a {@link TableFormatException} naming the file, line, column and value; nothing
 * is returned from a failing file.
 */
public final class LeapReader {
  /** The number of columns of every LEAP row. */
  public static final int COLUMNS = 8;

  private static final String NULL = "NULL";

  private LeapReader() {}

  /**
   * Reads a LEAP file in UTF-8.
   *
   * @param file the file
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws TableFormatException as the class description says
   */
  public static CandidateTable read(Path file) throws IOException {
    return read(file.toString(), Files.readAllBytes(file), null);
  }

  /**
   * Reads a LEAP file's content.
   *
   * @param name the file name, for messages
   * @param content the bytes
   * @param charset the charset, or null for UTF-8 (a byte order mark is skipped)
   * @return the table
   * @throws TableFormatException as the class description says
   */
  public static CandidateTable read(String name, byte[] content, @Nullable Charset charset) {
    List<TableText.Row> rows = TableText.rows(name, content, charset);
    WardAssembler wards = new WardAssembler(name);
    for (TableText.Row row : rows) {
      if (row.values().size() != COLUMNS) {
        throw new TableFormatException(
            TableFormatException.Kind.COLUMN_COUNT,
            name,
            row.line(),
            0,
            String.join(",", row.values()),
            "a LEAP row has "
                + COLUMNS
                + " columns (council, council_ons, ward, ward_ons, candidate, party, votes,"
                + " elected), this one "
                + row.values().size(),
            DataSubject.none());
      }
      String councilId = Cells.text(name, row, 1, "council_ons");
      String councilName = Cells.text(name, row, 0, "council");
      if (isPlaceholder(row)) {
        wards.notice(
            name
                + ", line "
                + row.line()
                + ": "
                + councilName
                + " ("
                + councilId
                + "), \""
                + row.get(2)
                + "\" has no ward code and no candidate (LEAP's mark for a mayoral election the"
                + " same day): left out");
        continue;
      }
      String wardName = Cells.text(name, row, 2, "ward");
      String wardCode = Cells.text(name, row, 3, "ward_ons");
      TableCandidate candidate =
          new TableCandidate(
              Cells.text(name, row, 4, "candidate"),
              Cells.text(name, row, 5, "party"),
              Cells.optionalWhole(name, row, 6, "votes"),
              Cells.flag(name, row, 7, "elected"),
              row.line());
      wards.add(
          councilId,
          councilName,
          wardCode,
          wardName,
          -1,
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          candidate,
          4);
    }
    List<TableWard> read = wards.wards();
    return new CandidateTable(name, read, wards.notices(), 2, 6);
  }

  private static boolean isPlaceholder(TableText.Row row) {
    for (int i = 3; i < COLUMNS; i++) {
      if (!row.get(i).equals(NULL)) {
        return false;
      }
    }
    return true;
  }
}
