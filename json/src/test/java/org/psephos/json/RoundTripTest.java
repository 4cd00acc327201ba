package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.ControlRule;
import org.psephos.Election;
import org.psephos.SeatBaseline;
import org.psephos.Party;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/** Whole generated elections, declarations and tallies, written and read back equal. */
class RoundTripTest {
  private static final PsephosJson JSON = PsephosJson.standard();

  @Test
  void generatedElectionsReadBackEqualInBothStyles() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Election election = Generated.election(seed);
              Map<String, String> colours =
                  Map.of(election.parties().get(0).id(), "#12abEF");
              ElectionDefinition definition =
                  new ElectionDefinition(election, colours, new Metadata("source " + seed, null));
              for (PsephosJson.Style style : PsephosJson.Style.values()) {
                assertThat(JSON.readElection(JSON.writeElection(definition, style)))
                    .isEqualTo(definition);
              }
            });
  }

  @Test
  void generatedDeclarationsReadBackEqualAsDocumentAndAsStream() {
    qt().withExamples(200)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (electionSeed, seed) -> {
              Election election = Generated.election(electionSeed);
              SeatBaseline baseline = SeatBaseline.values()[(int) (seed & 1)];
              Tally tally = Tally.of(election, baseline, ControlRule.cohesiveOnly());
              List<PublishedDeclaration> declarations =
                  Generated.declarations(election, baseline, seed);

              String document =
                  JSON.writeDeclarations(election, declarations, PsephosJson.Style.COMPACT);
              assertThat(JSON.readDeclarations(tally, document)).isEqualTo(declarations);

              StringBuilder lines = new StringBuilder();
              declarations.forEach(d -> lines.append(JSON.writeDeclarationLine(d)));
              assertThat(readStream(tally, lines.toString())).isEqualTo(declarations);
            });
  }

  @Test
  void generatedTalliesReadBackEqual() {
    qt().withExamples(200)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (electionSeed, seed) -> {
              Election election = Generated.election(electionSeed);
              Tally tally = Generated.tally(election, seed);
              String written = JSON.writeResults(Results.of(tally), PsephosJson.Style.PRETTY);

              Results read = JSON.readResults(election, written);

              assertThat(read.tally()).isEqualTo(tally);
              assertThat(read.tally().baseline()).isEqualTo(tally.baseline());
              assertThat(read.tally().controlRule()).isEqualTo(tally.controlRule());
              assertThat(read.standings()).isEqualTo(tally.standings());
            });
  }

  @Test
  void filteredResultsReadBackToTheSameStandingsAndOutcomes() {
    qt().withExamples(100)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (electionSeed, seed) -> {
              Election election = Generated.election(electionSeed);
              Tally tally = Generated.tally(election, seed);
              String region = election.regions().iterator().next();
              Party first = election.parties().get(0);
              List<CouncilFilter> filters =
                  List.of(
                      CouncilFilter.region(region),
                      CouncilFilter.type(election.councils().get(0).type()),
                      CouncilFilter.matching(
                          "councils with an odd size", council -> council.size() % 2 == 1));
              for (CouncilFilter filter : filters) {
                Results read =
                    JSON.readResults(
                        election, JSON.writeResults(tally, filter, PsephosJson.Style.COMPACT));
                assertThat(read.standings()).isEqualTo(tally.standings(filter));
                assertThat(read.outcomes()).isEqualTo(new Results(tally, filter).outcomes());
                assertThat(read.filter().description()).isEqualTo(filter.description());
                assertThat(read.standings().party(first))
                    .isEqualTo(tally.standings(filter).party(first));
              }
            });
  }

  static List<PublishedDeclaration> readStream(Tally tally, String lines) {
    List<PublishedDeclaration> read = new ArrayList<>();
    try (DeclarationStream stream =
        JSON.declarationStream(
            tally, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
      for (Optional<PublishedDeclaration> next = stream.next();
          next.isPresent();
          next = stream.next()) {
        read.add(next.get());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return read;
  }
}
