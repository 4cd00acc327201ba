package org.psephos.feeds.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
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

  /**
   * An election of the table's councils, to resolve councils and parties against: one party per
   * party code (its id the code with spaces made hyphens; {@code independentCode} an independent
   * party), each council all-out with the seats the table elects. The test election has no
   * history: every seat is vacant before, which only the ward results' council matters for here.
   */
  static Election electionOf(CandidateTable table, String independentCode) {
    Election.Builder election = Election.builder("local.2019-05-02", LocalDate.of(2019, 5, 2), "Test");
    for (String code : table.seatsByFlag().keySet()) {
      String id = code.replace(' ', '-');
      Party party =
          code.equals(independentCode)
              ? Party.independent(id, "Independent", code)
              : Party.of(id, "Party " + code, code);
      election.parties(party);
      if (!id.equals(code)) {
        election.alias(code, party);
      }
    }
    Map<String, Integer> seats = new LinkedHashMap<>();
    for (TableWard ward : table.wards()) {
      seats.merge(ward.councilId(), ward.seats(), Integer::sum);
    }
    for (Map.Entry<String, String> council : table.councils().entrySet()) {
      String id = council.getKey();
      int size = seats.getOrDefault(id, 0);
      CouncilType type = CouncilType.ofGssCode(id).orElseThrow();
      Council made =
          Council.of(
              id,
              council.getValue(),
              type,
              type == CouncilType.SCOTTISH_COUNCIL ? "Scotland" : "England",
              size);
      election.contest(
          Contest.builder(made)
              .previous(Composition.of(Map.of(), size))
              .defended(Composition.empty())
              .build());
    }
    return election.build();
  }
}
