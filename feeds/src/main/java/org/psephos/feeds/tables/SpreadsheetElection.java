package org.psephos.feeds.tables;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.Ward;

/**
 * An election prepared in a spreadsheet: a folder of CSV files, each with a header row, columns
 * found by their header name in any order (docs/csv.md):
 *
 * <ul>
 *   <li>{@code election.csv}: one row, {@code id,date,name};
 *   <li>{@code parties.csv}: one row per party in display order, {@code
 *       party_id,name,short_name,cohesive,aliases} ({@code cohesive} {@code true} or {@code
 *       false}; {@code aliases} a list separated by {@code |}, may be empty);
 *   <li>{@code councils.csv}: one row per council and party, {@code
 *       council_id,council_name,type,region,size,seats_up,party,previous_seats,seats_defended}: the
 *       council's columns the same on each of its rows, {@code party} a party id or {@code vacant}
 *       (the seats vacant on the eve of the poll, defending none). A council whose seats up are its
 *       size is all-out; otherwise the seats continuing are, party by party, the previous seats
 *       less those defended, and the vacancies continuing make up the size;
 *   <li>{@code wards.csv}, optional: one row per ward and party it defends, {@code
 *       council_id,ward_id,ward_name,seats,party,seats_defended}; a ward defending no seat has one
 *       row with {@code party} empty and {@code seats_defended} 0.
 * </ul>
 *
 * <p>Every fault is a {@link TableFormatException} naming the file, line, column and value; a rule
 * of the core broken (a contest whose numbers do not add up, say) is reported at the council's
 * first line with the core's message. Nothing is returned from a failing folder.
 */
public final class SpreadsheetElection {
  /** The file of the election's id, date and name. */
  public static final String ELECTION_FILE = "election.csv";

  /** The file of the parties. */
  public static final String PARTIES_FILE = "parties.csv";

  /** The file of the councils, a row per council and party. */
  public static final String COUNCILS_FILE = "councils.csv";

  /** The optional file of the wards, a row per ward and party. */
  public static final String WARDS_FILE = "wards.csv";

  /** The party column's value for vacant seats. */
  public static final String VACANT = "vacant";

  private static final List<String> ELECTION = List.of("id", "date", "name");
  private static final List<String> PARTIES =
      List.of("party_id", "name", "short_name", "cohesive", "aliases");
  private static final List<String> COUNCILS =
      List.of(
          "council_id",
          "council_name",
          "type",
          "region",
          "size",
          "seats_up",
          "party",
          "previous_seats",
          "seats_defended");
  private static final List<String> WARDS =
      List.of("council_id", "ward_id", "ward_name", "seats", "party", "seats_defended");

  private SpreadsheetElection() {}

  /**
   * Reads the election in a folder, its files in UTF-8.
   *
   * @param folder the folder holding election.csv, parties.csv, councils.csv and maybe wards.csv
   * @return the election
   * @throws IOException if a required file cannot be read
   * @throws TableFormatException as the class description says
   */
  public static Election read(Path folder) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : List.of(ELECTION_FILE, PARTIES_FILE, COUNCILS_FILE, WARDS_FILE)) {
      Path file = folder.resolve(name);
      if (!name.equals(WARDS_FILE) || Files.exists(file)) {
        files.put(name, Files.readAllBytes(file));
      }
    }
    return read(folder.toString(), files, null);
  }

  /**
   * Reads an election from the files' contents.
   *
   * @param folder the folder's name, for messages
   * @param files the contents by file name ({@link #ELECTION_FILE}, {@link #PARTIES_FILE}, {@link
   *     #COUNCILS_FILE} required, {@link #WARDS_FILE} optional)
   * @param charset the charset, or null for UTF-8 (a byte order mark is skipped)
   * @return the election
   * @throws TableFormatException as the class description says, or naming a required file that
   *     is missing
   */
  public static Election read(String folder, Map<String, byte[]> files, @Nullable Charset charset) {
    Sheet election = sheet(folder, files, ELECTION_FILE, ELECTION, charset);
    Sheet parties = sheet(folder, files, PARTIES_FILE, PARTIES, charset);
    Sheet councils = sheet(folder, files, COUNCILS_FILE, COUNCILS, charset);
    Sheet wards = files.containsKey(WARDS_FILE)
        ? sheet(folder, files, WARDS_FILE, WARDS, charset)
        : null;
    if (election.rows.size() != 1) {
      throw new TableFormatException(
          TableFormatException.Kind.COLUMN_COUNT,
          election.file,
          election.rows.isEmpty() ? 2 : election.rows.get(1).line(),
          0,
          "",
          "one row of id, date and name expected, " + election.rows.size() + " found",
          DataSubject.none());
    }
    TableText.Row head = election.rows.get(0);
    LocalDate date;
    try {
      date = LocalDate.parse(election.text(head, "date"));
    } catch (DateTimeParseException e) {
      throw election.invalid(head, "date", "not a date YYYY-MM-DD");
    }
    Election.Builder builder =
        Election.builder(election.text(head, "id"), date, election.text(head, "name"));
    Map<String, Party> byId = new LinkedHashMap<>();
    for (TableText.Row row : parties.rows) {
      String cohesive = parties.text(row, "cohesive").toLowerCase(Locale.ROOT);
      if (!cohesive.equals("true") && !cohesive.equals("false")) {
        throw parties.invalid(row, "cohesive", "must be true or false");
      }
      Party party;
      try {
        party =
            new Party(
                parties.text(row, "party_id"),
                parties.text(row, "name"),
                parties.text(row, "short_name"),
                cohesive.equals("true"));
      } catch (ElectionDataException e) {
        throw parties.invalid(row, "party_id", e.getMessage());
      }
      if (byId.putIfAbsent(party.id(), party) != null) {
        throw parties.invalid(row, "party_id", "party id given twice");
      }
      builder.parties(party);
      String aliases = parties.value(row, "aliases");
      if (!aliases.isBlank()) {
        for (String alias : aliases.split("\\|", -1)) {
          try {
            builder.alias(alias.strip(), party);
          } catch (ElectionDataException e) {
            throw parties.invalid(row, "aliases", e.getMessage());
          }
        }
      }
    }
    Map<String, List<Ward>> wardsByCouncil = wards == null ? Map.of() : wards(wards, byId);
    Map<String, List<TableText.Row>> councilRows = new LinkedHashMap<>();
    for (TableText.Row row : councils.rows) {
      councilRows.computeIfAbsent(councils.text(row, "council_id"), id -> new ArrayList<>())
          .add(row);
    }
    for (Map.Entry<String, List<TableText.Row>> entry : councilRows.entrySet()) {
      builder.contest(contest(councils, entry.getValue(), byId, wardsByCouncil));
    }
    for (String councilId : wardsByCouncil.keySet()) {
      if (!councilRows.containsKey(councilId) && wards != null) {
        throw new TableFormatException(
            TableFormatException.Kind.UNKNOWN_COUNCIL,
            wards.file,
            wards.rows.get(0).line(),
            1,
            councilId,
            "wards of a council not in " + COUNCILS_FILE,
            DataSubject.none().withCouncil(councilId));
      }
    }
    try {
      return builder.build();
    } catch (ElectionDataException e) {
      throw new TableFormatException(
          TableFormatException.Kind.INVALID_VALUE,
          councils.file,
          1,
          0,
          "",
          String.valueOf(e.getMessage()),
          e.subject());
    }
  }

  private static Contest contest(
      Sheet councils,
      List<TableText.Row> rows,
      Map<String, Party> parties,
      Map<String, List<Ward>> wards) {
    TableText.Row first = rows.get(0);
    for (TableText.Row row : rows) {
      for (String column : List.of("council_name", "type", "region", "size", "seats_up")) {
        if (!councils.value(row, column).equals(councils.value(first, column))) {
          throw councils.invalid(
              row, column, "differs from line " + first.line() + " of the same council");
        }
      }
    }
    String typeName = councils.text(first, "type");
    CouncilType type = null;
    for (CouncilType candidate : CouncilType.values()) {
      if (candidate.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(typeName)) {
        type = candidate;
      }
    }
    if (type == null) {
      throw councils.invalid(
          first,
          "type",
          "not a council type; one of london-borough, metropolitan-borough, unitary-authority,"
              + " shire-district, county, welsh-principal-area, scottish-council,"
              + " northern-irish-district");
    }
    int size = councils.whole(first, "size");
    int seatsUp = councils.whole(first, "seats_up");
    Map<Party, Integer> previous = new LinkedHashMap<>();
    Map<Party, Integer> defended = new LinkedHashMap<>();
    int vacant = 0;
    for (TableText.Row row : rows) {
      councils.text(row, "party");
      int previousSeats = councils.whole(row, "previous_seats");
      int defendedSeats = councils.whole(row, "seats_defended");
      Party party =
          rowParty(
              councils, row, parties, VACANT, "vacant seats defend none", " (nor " + VACANT + ")",
              DataSubject.none().withCouncil(councils.value(row, "council_id")));
      if (party == null) {
        vacant += previousSeats;
        continue;
      }
      if (previous.containsKey(party)) {
        throw councils.invalid(row, "party", "the council's row of this party is given twice");
      }
      if (previousSeats > 0) {
        previous.put(party, previousSeats);
      }
      if (defendedSeats > 0) {
        defended.put(party, defendedSeats);
      }
    }
    try {
      Council council =
          Council.of(
              councils.text(first, "council_id"),
              councils.text(first, "council_name"),
              type,
              councils.text(first, "region"),
              size);
      Contest.Builder contest =
          Contest.builder(council)
              .contested(seatsUp)
              .previous(Composition.of(previous, vacant))
              .defended(Composition.of(defended));
      if (seatsUp != size) {
        Map<Party, Integer> continuing = new LinkedHashMap<>();
        int continuingSeats = 0;
        for (Map.Entry<Party, Integer> entry : previous.entrySet()) {
          int seats = entry.getValue() - defended.getOrDefault(entry.getKey(), 0);
          if (seats < 0) {
            throw councils.invalid(
                first,
                "seats_defended",
                entry.getKey().label() + " defends " + defended.get(entry.getKey())
                    + " seats but held " + entry.getValue());
          }
          if (seats > 0) {
            continuing.put(entry.getKey(), seats);
            continuingSeats += seats;
          }
        }
        contest.continuing(Composition.of(continuing, Math.max(0, size - seatsUp - continuingSeats)));
      }
      List<Ward> councilWards = wards.get(council.id());
      if (councilWards != null) {
        contest.wards(councilWards);
      }
      return contest.build();
    } catch (TableFormatException e) {
      throw e;
    } catch (ElectionDataException e) {
      throw new TableFormatException(
          TableFormatException.Kind.INVALID_VALUE,
          councils.file,
          first.line(),
          0,
          "",
          String.valueOf(e.getMessage()),
          e.subject());
    }
  }

  private static Map<String, List<Ward>> wards(Sheet wards, Map<String, Party> parties) {
    Map<String, Map<String, List<TableText.Row>>> byCouncil = new LinkedHashMap<>();
    for (TableText.Row row : wards.rows) {
      byCouncil
          .computeIfAbsent(wards.text(row, "council_id"), id -> new LinkedHashMap<>())
          .computeIfAbsent(wards.text(row, "ward_id"), id -> new ArrayList<>())
          .add(row);
    }
    Map<String, List<Ward>> result = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<TableText.Row>>> council : byCouncil.entrySet()) {
      List<Ward> list = new ArrayList<>();
      for (List<TableText.Row> rows : council.getValue().values()) {
        TableText.Row first = rows.get(0);
        Map<Party, Integer> defended = new LinkedHashMap<>();
        for (TableText.Row row : rows) {
          if (!wards.value(row, "ward_name").equals(wards.value(first, "ward_name"))
              || !wards.value(row, "seats").equals(wards.value(first, "seats"))) {
            throw wards.invalid(row, "ward_name", "name or seats differ from line " + first.line());
          }
          int seats = wards.whole(row, "seats_defended");
          Party party =
              rowParty(
                  wards, row, parties, "", "seats defended without a party", "",
                  DataSubject.none().withWard(wards.value(row, "ward_id")));
          if (party == null) {
            continue;
          }
          if (seats > 0) {
            defended.merge(party, seats, Integer::sum);
          }
        }
        try {
          list.add(
              Ward.of(
                  wards.text(first, "ward_id"),
                  wards.text(first, "ward_name"),
                  wards.whole(first, "seats"),
                  Composition.of(defended)));
        } catch (TableFormatException e) {
          throw e;
        } catch (ElectionDataException e) {
          throw wards.invalid(first, "ward_id", e.getMessage());
        }
      }
      result.put(council.getKey(), list);
    }
    return result;
  }

  /**
   * The party of a row of councils.csv or wards.csv, checked the same way in both: null for the
   * row of no party ({@code none}: {@code vacant}, or an empty cell), which defends no seat.
   *
   * @throws TableFormatException for seats defended by no party ({@code noneDefends} says so), or
   *     a party id that is not one of parties.csv ({@code nor} completes the message)
   */
  private static @Nullable Party rowParty(
      Sheet sheet,
      TableText.Row row,
      Map<String, Party> parties,
      String none,
      String noneDefends,
      String nor,
      DataSubject subject) {
    String partyId = sheet.value(row, "party").strip();
    if (partyId.equals(none)) {
      if (sheet.whole(row, "seats_defended") != 0) {
        throw sheet.invalid(row, "seats_defended", noneDefends);
      }
      return null;
    }
    Party party = parties.get(partyId);
    if (party == null) {
      throw new TableFormatException(
          TableFormatException.Kind.UNKNOWN_PARTY,
          sheet.file,
          row.line(),
          sheet.column("party"),
          partyId,
          "not a party id of " + PARTIES_FILE + nor,
          subject);
    }
    return party;
  }

  private static Sheet sheet(
      String folder,
      Map<String, byte[]> files,
      String name,
      List<String> columns,
      @Nullable Charset charset) {
    String file = folder + "/" + name;
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new TableFormatException(
          TableFormatException.Kind.UNKNOWN_HEADER,
          file,
          1,
          0,
          "",
          "missing: an election in CSV is a folder of " + ELECTION_FILE + ", " + PARTIES_FILE
              + ", " + COUNCILS_FILE + " and, optionally, " + WARDS_FILE,
          DataSubject.none());
    }
    List<TableText.Row> rows = TableText.rows(file, bytes, charset);
    if (rows.isEmpty()) {
      throw new TableFormatException(
          TableFormatException.Kind.UNKNOWN_HEADER,
          file,
          1,
          0,
          "",
          "empty; the header expected is " + String.join(",", columns),
          DataSubject.none());
    }
    TableText.Row header = rows.get(0);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.values().size(); i++) {
      String cell = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!columns.contains(cell)) {
        throw new TableFormatException(
            TableFormatException.Kind.UNKNOWN_HEADER,
            file,
            header.line(),
            i + 1,
            header.get(i),
            "not a column of " + name + "; expected " + String.join(",", columns),
            DataSubject.none());
      }
      if (index.putIfAbsent(cell, i) != null) {
        throw new TableFormatException(
            TableFormatException.Kind.UNKNOWN_HEADER,
            file,
            header.line(),
            i + 1,
            header.get(i),
            "column given twice",
            DataSubject.none());
      }
    }
    for (String column : columns) {
      if (!index.containsKey(column)) {
        throw new TableFormatException(
            TableFormatException.Kind.UNKNOWN_HEADER,
            file,
            header.line(),
            0,
            "",
            "column " + column + " missing; expected " + String.join(",", columns),
            DataSubject.none());
      }
    }
    List<TableText.Row> data = new ArrayList<>();
    for (TableText.Row row : rows.subList(1, rows.size())) {
      if (row.values().size() != header.values().size()) {
        if (row.values().size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        throw new TableFormatException(
            TableFormatException.Kind.COLUMN_COUNT,
            file,
            row.line(),
            0,
            String.join(",", row.values()),
            "the header has " + header.values().size() + " columns, this row "
                + row.values().size(),
            DataSubject.none());
      }
      data.add(row);
    }
    return new Sheet(file, index, data);
  }

  /** A file's data rows and its columns by name. */
  private static final class Sheet {
    final String file;
    final Map<String, Integer> index;
    final List<TableText.Row> rows;

    Sheet(String file, Map<String, Integer> index, List<TableText.Row> rows) {
      this.file = file;
      this.index = index;
      this.rows = rows;
    }

    int at(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalStateException("column " + column + " checked present");
      }
      return i;
    }

    int column(String column) {
      return at(column) + 1;
    }

    String value(TableText.Row row, String column) {
      return row.get(at(column));
    }

    String text(TableText.Row row, String column) {
      return Cells.text(file, row, at(column), column);
    }

    int whole(TableText.Row row, String column) {
      return Cells.whole(file, row, at(column), column);
    }

    TableFormatException invalid(TableText.Row row, String column, @Nullable String detail) {
      return new TableFormatException(
          TableFormatException.Kind.INVALID_VALUE,
          file,
          row.line(),
          column(column),
          value(row, column),
          column + ": " + detail,
          DataSubject.none());
    }
  }
}
