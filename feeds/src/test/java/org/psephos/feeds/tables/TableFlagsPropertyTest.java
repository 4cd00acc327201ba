package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.testkit.GeneratorSettings;
import org.psephos.testkit.ReferenceTally;
import org.psephos.testkit.WardNightGenerator;
import org.psephos.testkit.WardSettings;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/** Laws of the elected flags: flags made by "most votes win" (ties by lot) always read back. */
class TableFlagsPropertyTest {
  private static final int EXAMPLES = 300;
  private static final Party LAB = Party.of("Lab", "Labour", "Lab");
  private static final Election ELECTION =
      Election.builder("local.2019-05-02", LocalDate.of(2019, 5, 2), "Test")
          .parties(LAB)
          .contest(
              Contest.builder(
                      Council.of("E07000223", "Adur", CouncilType.SHIRE_DISTRICT, "South East", 3))
                  .previous(Composition.of(Map.of(LAB, 3)))
                  .defended(Composition.of(Map.of(LAB, 3)))
                  .build())
          .build();

  /** Contested results only, with no ballot figures and at most 3 votes a candidate. */
  private static final WardNightGenerator WARDS =
      WardNightGenerator.of(GeneratorSettings.defaults(), new WardSettings(0, 0, 0, 0, 0, 0, 3));

  /** A ward's candidates, votes and elected flags, as a LEAP file gives them. */
  private record Ward(List<String> names, List<Integer> votes, List<Boolean> flags, int seats) {
    String csv() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < names.size(); i++) {
        text.append("\"Adur\",\"E07000223\",\"Marine\",\"E05007568\",\"")
            .append(names.get(i))
            .append("\",\"Lab\",\"")
            .append(votes.get(i))
            .append("\",\"")
            .append(flags.get(i) ? 1 : 0)
            .append("\"\n");
      }
      return text.toString();
    }
  }

  /**
   * A ward of random size and votes from the testkit (votes of 0 to 3, so ties are common, drawn
   * winners for a tie at the last seat), flagged as the testkit's reference tally elects.
   */
  private static Ward ward(long seed) {
    int seats = 1 + new Random(seed).nextInt(3);
    WardResult result =
        WARDS.wardResult(
            seed,
            ELECTION.contests().get(0).council(),
            org.psephos.Ward.of("E05007568", "Marine", seats, Composition.empty()),
            List.of(LAB));
    List<Candidate> winners = ReferenceTally.winners(result);
    List<String> names = new ArrayList<>();
    List<Integer> votes = new ArrayList<>();
    List<Boolean> flags = new ArrayList<>();
    for (Candidate candidate : result.candidates()) {
      names.add(candidate.name());
      votes.add(candidate.votes());
      flags.add(winners.contains(candidate));
    }
    return new Ward(names, votes, flags, seats);
  }

  private static CandidateTable read(String csv) {
    return LeapReader.read("p.csv", csv.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void fairFlagsAreAlwaysTheEnginesWinners() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Ward ward = ward(seed);
              CandidateTable table = read(ward.csv());
              WardResult result = table.wardResults(ELECTION).get(0);
              List<String> flagged = new ArrayList<>();
              for (int i = 0; i < ward.names().size(); i++) {
                if (ward.flags().get(i)) {
                  flagged.add(ward.names().get(i));
                }
              }
              assertThat(result.seats()).isEqualTo(ward.seats());
              assertThat(result.elected().stream().map(Candidate::name))
                  .containsExactlyInAnyOrderElementsOf(flagged);
              assertThat(table.wards().get(0).drawnWinners()).isEqualTo(result.drawnWinners());
            });
  }

  @Test
  void swappingAWinnerForACandidateWithFewerVotesIsAlwaysReported() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Ward ward = ward(seed);
              int minVotes = ward.votes().stream().min(Integer::compare).orElseThrow();
              int maxVotes = ward.votes().stream().max(Integer::compare).orElseThrow();
              int winner = -1;
              int loser = -1;
              for (int i = 0; i < ward.names().size(); i++) {
                if (ward.flags().get(i) && ward.votes().get(i) == maxVotes && winner < 0) {
                  winner = i;
                }
                if (!ward.flags().get(i) && ward.votes().get(i) == minVotes && loser < 0) {
                  loser = i;
                }
              }
              if (winner < 0 || loser < 0 || minVotes == maxVotes) {
                return;
              }
              List<Boolean> swapped = new ArrayList<>(ward.flags());
              swapped.set(winner, false);
              swapped.set(loser, true);
              Ward bad = new Ward(ward.names(), ward.votes(), swapped, ward.seats());
              assertThatThrownBy(() -> read(bad.csv()))
                  .isInstanceOfSatisfying(
                      TableFormatException.class,
                      e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.FLAGS_DIFFER))
                  .hasMessageContaining(ward.names().get(loser) + " (Lab, " + minVotes + " votes)");
            });
  }
}
