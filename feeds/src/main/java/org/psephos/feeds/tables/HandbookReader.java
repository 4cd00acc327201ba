package org.psephos.feeds.tables;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.psephos.DataSubject;

/**
 * Reads the candidates sheet of a House of Commons Library Local Elections Handbook, saved as CSV:
 * an optional title row (a row whose only non-empty cell is the first), then a header row, then
 * one row per candidate. Columns are found by their header, compared without case and with runs of
 * white space made one (so {@code "Ward name "} with its trailing space is {@code "Ward name"}); the
 * known spellings of each column are in {@link Column}. A header cell that is none of them is
 * rejected with a message listing what is expected, never guessed; a required column missing is
 * rejected likewise. See docs/tables.md.
 *
 * <p>A ballot is a run of rows of the same council and ward code; its seats are the {@code
 * Vacancies} (the same on every row of the ward), its electorate and ballots cast the {@code
 * Electorate} and {@code Total votes} (the turnout as a number). The elected flags are checked as
 * {@link TableWard} describes: more flagged than vacancies is an error of its own. Empty cells past
 * the header's last column (a spreadsheet's stray cell) are ignored; a non-empty one is an error.
 *
 * <p>Every fault is a {@link TableFormatException} naming the file, line, column and value; nothing
 * is returned from a failing file.
 */
public final class HandbookReader {
  /** The columns of a Handbook's candidates sheet, each with its known spellings. */
  public enum Column {
    /** The council's ONS GSS code (required). */
    COUNCIL_CODE(true, "ONS local authority code", "ONS code", "LA ONS code"),
    /** The council's name (required). */
    COUNCIL_NAME(true, "Local authority name", "Local authority", "Authority"),
    /** The ward's ONS GSS code (required). */
    WARD_CODE(true, "Ward code", "ONS ward code"),
    /** The ward's name (required). */
    WARD_NAME(true, "Ward name", "Ward"),
    /** The seats elected in the ward (required). */
    VACANCIES(true, "Vacancies", "Seats"),
    /** The candidate's name (required). */
    NAME(true, "Name", "Candidate name", "Candidate"),
    /** The candidate's votes (required). */
    VOTES(true, "Votes"),
    /** The elected flag, 1 or 0 (required). */
    ELECTED(true, "Elected"),
    /** The party code, as in the workbook's party key (required). */
    PARTY(true, "Party name", "Party", "Party abbreviation"),
    /** The ward's electorate (optional). */
    ELECTORATE(false, "Electorate"),
    /** The ballots cast in the ward, the turnout as a number (optional). */
    BALLOTS_CAST(false, "Total votes", "Turnout (votes)"),
    /** A column known and not used: the Library's ids, types, turnout share, and the like. */
    IGNORED(
        false,
        "ID",
        "Local authority code",
        "Local authority type",
        "Election type",
        "Candidate number",
        "Turnout (%)",
        "Turnout",
        "Gender",
        "Incumbent",
        "Party ID",
        "Party Group",
        "Vote effective",
        "Region",
        "Country");

    private final boolean required;
    private final List<String> spellings;

    Column(boolean required, String... spellings) {
      this.required = required;
      this.spellings = List.of(spellings);
    }

    /**
     * Whether a sheet without this column is rejected.
     *
     * @return true if required
     */
    public boolean required() {
      return required;
    }

    /**
     * The header spellings known for this column, in the workbooks' own spelling; matched without
     * case and with runs of white space made one.
     *
     * @return an unmodifiable list
     */
    public List<String> spellings() {
      return spellings;
    }
  }

  private HandbookReader() {}

  /**
   * Reads a Handbook candidates sheet saved as CSV in UTF-8.
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
   * Reads a Handbook candidates sheet's content.
   *
   * @param name the file name, for messages
   * @param content the bytes
   * @param charset the charset, or null for UTF-8 (a byte order mark is skipped)
   * @return the table
   * @throws TableFormatException as the class description says
   */
  public static CandidateTable read(String name, byte[] content, @Nullable Charset charset) {
    List<TableText.Row> rows = TableText.rows(name, content, charset);
    int headerIndex = 0;
    if (!rows.isEmpty() && isTitle(rows.get(0))) {
      headerIndex = 1;
    }
    if (rows.size() <= headerIndex) {
      throw new TableFormatException(
          TableFormatException.Kind.UNKNOWN_HEADER,
          name,
          rows.isEmpty() ? 1 : rows.get(0).line(),
          0,
          "",
          "no header row: expected " + expected(),
          DataSubject.none());
    }
    TableText.Row header = rows.get(headerIndex);
    Map<Column, Integer> columns = columns(name, header);
    int width = header.values().size();
    WardAssembler wards = new WardAssembler(name);
    for (TableText.Row row : rows.subList(headerIndex + 1, rows.size())) {
      if (row.values().size() < width) {
        throw new TableFormatException(
            TableFormatException.Kind.COLUMN_COUNT,
            name,
            row.line(),
            0,
            String.join(",", row.values()),
            "the header has " + width + " columns, this row " + row.values().size(),
            DataSubject.none());
      }
      for (int i = width; i < row.values().size(); i++) {
        if (!row.get(i).isBlank()) {
          throw new TableFormatException(
              TableFormatException.Kind.COLUMN_COUNT,
              name,
              row.line(),
              i + 1,
              row.get(i),
              "a value past the header's " + width + " columns",
              DataSubject.none());
        }
      }
      int councilCode = at(columns, Column.COUNCIL_CODE);
      TableCandidate candidate =
          new TableCandidate(
              Cells.text(name, row, at(columns, Column.NAME), "Name"),
              Cells.text(name, row, at(columns, Column.PARTY), "Party"),
              Cells.optionalWhole(name, row, at(columns, Column.VOTES), "Votes"),
              Cells.flag(name, row, at(columns, Column.ELECTED), "Elected"),
              row.line());
      Integer electorate = columns.get(Column.ELECTORATE);
      Integer ballots = columns.get(Column.BALLOTS_CAST);
      wards.add(
          Cells.text(name, row, councilCode, "ONS local authority code"),
          Cells.text(name, row, at(columns, Column.COUNCIL_NAME), "Local authority name"),
          Cells.text(name, row, at(columns, Column.WARD_CODE), "Ward code"),
          Cells.text(name, row, at(columns, Column.WARD_NAME), "Ward name"),
          Cells.whole(name, row, at(columns, Column.VACANCIES), "Vacancies"),
          electorate == null
              ? OptionalInt.empty()
              : Cells.optionalWhole(name, row, electorate, "Electorate"),
          ballots == null
              ? OptionalInt.empty()
              : Cells.optionalWhole(name, row, ballots, "Total votes"),
          OptionalInt.empty(),
          candidate,
          at(columns, Column.WARD_CODE) + 1);
    }
    List<TableWard> read = wards.wards();
    return new CandidateTable(
        name, read, wards.notices(), at(columns, Column.COUNCIL_CODE) + 1,
        at(columns, Column.PARTY) + 1);
  }

  /** The index of a required column, found by {@link #columns}. */
  private static int at(Map<Column, Integer> columns, Column column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalStateException("required column " + column + " not found");
    }
    return index;
  }

  private static boolean isTitle(TableText.Row row) {
    for (int i = 1; i < row.values().size(); i++) {
      if (!row.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Map<Column, Integer> columns(String file, TableText.Row header) {
    Map<String, Column> known = new LinkedHashMap<>();
    for (Column column : Column.values()) {
      for (String spelling : column.spellings()) {
        known.put(normal(spelling), column);
      }
    }
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int i = 0; i < header.values().size(); i++) {
      String cell = header.get(i);
      if (cell.isBlank() && i == header.values().size() - 1) {
        continue;
      }
      Column column = known.get(normal(cell));
      if (column == null) {
        throw new TableFormatException(
            TableFormatException.Kind.UNKNOWN_HEADER,
            file,
            header.line(),
            i + 1,
            cell,
            "not a known column of a Handbook candidates sheet; expected " + expected(),
            DataSubject.none());
      }
      if (column != Column.IGNORED) {
        Integer earlier = columns.putIfAbsent(column, i);
        if (earlier != null) {
          throw new TableFormatException(
              TableFormatException.Kind.UNKNOWN_HEADER,
              file,
              header.line(),
              i + 1,
              cell,
              "a second " + column + " column (the first is column " + (earlier + 1) + ")",
              DataSubject.none());
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Column column : Column.values()) {
      if (column.required() && !columns.containsKey(column)) {
        missing.add(column + " (" + String.join(" or ", column.spellings()) + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw new TableFormatException(
          TableFormatException.Kind.UNKNOWN_HEADER,
          file,
          header.line(),
          0,
          "",
          "required columns missing: " + String.join("; ", missing),
          DataSubject.none());
    }
    return columns;
  }

  private static String normal(String cell) {
    return cell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String expected() {
    List<String> expected = new ArrayList<>();
    for (Column column : Column.values()) {
      expected.add(
          column
              + (column.required() ? "" : " (optional)")
              + ": "
              + String.join(" or ", column.spellings()));
    }
    return String.join("; ", expected);
  }
}
