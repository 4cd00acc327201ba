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
import org.psephos.Contest;
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
              // a region with no council in the election when no council has one
              String region = election.regions().stream().findFirst().orElse("London");
              Party first = election.parties().get(0);
              List<CouncilFilter> filters =
                  List.of(
                      CouncilFilter.region(region),
                      CouncilFilter.withoutRegion(),
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

  @Test
  void generatedElectionsWithWardsReadBackEqualInBothStyles() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ElectionDefinition definition = ElectionDefinition.of(GeneratedWards.election(seed));
              for (PsephosJson.Style style : PsephosJson.Style.values()) {
                ElectionDefinition read = JSON.readElection(JSON.writeElection(definition, style));
                assertThat(read).isEqualTo(definition);
                assertThat(read.election().contests())
                    .extracting(Contest::wards)
                    .isEqualTo(definition.election().contests().stream()
                        .map(Contest::wards).toList());
              }
            });
  }

  @Test
  void generatedWardResultsReadBackEqualAsDocumentAsStreamAndAlone() {
    qt().withExamples(150)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (electionSeed, seed) -> {
              Election election = GeneratedWards.election(electionSeed);
              Tally tally = Tally.of(election);
              List<PublishedResult> feed =
                  GeneratedWards.feed(election, SeatBaseline.LAST_FOUGHT, seed);
              List<PublishedWardResult> results = GeneratedWards.wardResults(feed);

              String document =
                  JSON.writeWardResults(election, results, PsephosJson.Style.PRETTY);
              assertThat(JSON.readWardResults(tally, document)).isEqualTo(results);

              StringBuilder lines = new StringBuilder();
              feed.forEach(r -> lines.append(JSON.writeResultLine(r)));
              assertThat(readResultStream(tally, lines.toString())).isEqualTo(feed);

              for (PublishedWardResult result : results) {
                assertThat(JSON.readWardResult(tally, JSON.writeWardResultLine(result)))
                    .isEqualTo(result);
              }
            });
  }

  @Test
  void generatedTalliesWithWardsReadBackEqualWithProgressAndWardTotals() {
    qt().withExamples(150)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (electionSeed, seed) -> {
              Election election = GeneratedWards.election(electionSeed);
              Tally tally = GeneratedWards.tally(election, seed);
              String written = JSON.writeResults(Results.of(tally), PsephosJson.Style.COMPACT);

              Results read = JSON.readResults(election, written);

              assertThat(read.tally()).isEqualTo(tally);
              assertThat(read.standings()).isEqualTo(tally.standings());
              assertThat(read.standings().progress()).isEqualTo(tally.standings().progress());
              assertThat(read.standings().wardTotals())
                  .isEqualTo(tally.standings().wardTotals());
              assertThat(read.councilsInProgress()).hasSameSizeAs(tally.councilsInProgress());
            });
  }

  @Test
  void filteredResultsWithWardsReadBackToTheSameStandings() {
    qt().withExamples(80)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (electionSeed, seed) -> {
              Election election = GeneratedWards.election(electionSeed);
              Tally tally = GeneratedWards.tally(election, seed);
              // a region with no council in the election when no council has one
              String region = election.regions().stream().findFirst().orElse("London");
              for (CouncilFilter filter :
                  List.of(
                      CouncilFilter.region(region),
                      CouncilFilter.withoutRegion(),
                      CouncilFilter.matching("odd", council -> council.size() % 2 == 1))) {
                Results read =
                    JSON.readResults(
                        election, JSON.writeResults(tally, filter, PsephosJson.Style.PRETTY));
                assertThat(read.standings()).isEqualTo(tally.standings(filter));
                assertThat(read.councilsInProgress())
                    .isEqualTo(new Results(tally, filter).councilsInProgress());
              }
            });
  }

  /** The properties above are only as good as their inputs: the generator reaches every case. */
  @Test
  void wardGeneratorsReachEveryCaseTheFormatHas() {
    int inProgress = 0;
    int decidedEarly = 0;
    int declaredByWards = 0;
    int byLot = 0;
    int uncontested = 0;
    int corrections = 0;
    int previousVotes = 0;
    for (long seed = 0; seed < 200; seed++) {
      Election election = GeneratedWards.election(seed);
      Tally tally = GeneratedWards.tally(election, seed);
      inProgress += tally.councilsInProgress().size();
      decidedEarly += tally.standings().progress().councilsDecidedEarly();
      for (org.psephos.Council council : tally.declaredCouncils()) {
        if (!tally.progress(council).isWholeDeclaration()) {
          declaredByWards++;
        }
      }
      List<PublishedResult> feed = GeneratedWards.feed(election, SeatBaseline.LAST_FOUGHT, seed);
      java.util.Set<String> wards = new java.util.HashSet<>();
      for (PublishedWardResult result : GeneratedWards.wardResults(feed)) {
        byLot += result.result().isDecidedByLot() ? 1 : 0;
        uncontested += result.result().isUncontested() ? 1 : 0;
        corrections += wards.add(result.result().wardId()) ? 0 : 1;
      }
      for (Contest contest : election.contests()) {
        for (org.psephos.Ward ward : contest.wards()) {
          previousVotes += ward.previousVotes().isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(List.of(inProgress, decidedEarly, declaredByWards, byLot, uncontested,
            corrections, previousVotes))
        .allSatisfy(count -> assertThat(count).isGreaterThan(10));
  }

  static List<PublishedResult> readResultStream(Tally tally, String lines) {
    List<PublishedResult> read = new ArrayList<>();
    try (ResultStream stream =
        JSON.resultStream(
            tally, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
      for (Optional<PublishedResult> next = stream.next(); next.isPresent(); next = stream.next()) {
        read.add(next.get());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return read;
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
