package org.psephos.feeds.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.psephos.Election;
import org.psephos.Party;

/** The real tables bundled as test resources, and elections to read them against. */
final class TableFixtures {
  private TableFixtures() {}

  /** The bytes of a gzipped test resource. */
  static byte[] gzipped(String resource) {
    try (InputStream in =
        new GZIPInputStream(
            Objects.requireNonNull(
                TableFixtures.class.getResourceAsStream(resource), resource))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CandidateTable leap2019() {
    return LeapReader.read(
        "leap-2019-05-02.csv", gzipped("/leap-2019/leap-2019-05-02.csv.gz"), null);
  }

  static CandidateTable handbook2024() {
    return HandbookReader.read(
        "candidates-2024.csv", gzipped("/handbook-2024/candidates-2024.csv.gz"), null);
  }

  /** Conservative, with LEAP's code {@code C}. */
  static final Party CON = Party.of("PP52", "Conservative", "Con");

  /** Labour. */
  static final Party LAB = Party.of("PP53", "Labour", "Lab");

  /** The Liberal Democrats. */
  static final Party LD = Party.of("PP90", "Liberal Democrats", "LD");

  /** The Green Party, with LEAP's code {@code Grn}. */
  static final Party GREEN = Party.of("PP63", "Green", "Green");

  /** UKIP. */
  static final Party UKIP = Party.of("PP85", "UKIP", "UKIP");

  /** Reform UK, with the Handbook's code {@code REF}. */
  static final Party REFORM = Party.of("PP7931", "Reform UK", "Reform");

  /** Independents (never control a council). */
  static final Party IND = Party.independent("ynmp-party:2", "Independent", "Ind");

  /**
   * A builder of a table's election whose key holds the national parties (LEAP's and the
   * Handbook's codes of them resolving by short name or alias), every other code a party of its
   * own.
   */
  static TableElection.Builder keyed(String id, LocalDate date) {
    return TableElection.builder(id, date, "Local elections")
        .parties(CON, LAB, LD, GREEN, UKIP, REFORM, IND)
        .alias("C", CON)
        .alias("Grn", GREEN)
        .alias("REF", REFORM)
        .ownPartyForUnknownCodes();
  }

  /**
   * The election a table implies, its parties resolved through {@link #keyed}: LEAP's of 2 May
   * 2019, the Handbook's of 2 May 2024.
   */
  static Election implied(CandidateTable table) {
    LocalDate day =
        table.file().startsWith("leap") ? LocalDate.of(2019, 5, 2) : LocalDate.of(2024, 5, 2);
    return keyed("local." + day, day).build(table).election();
  }
}
