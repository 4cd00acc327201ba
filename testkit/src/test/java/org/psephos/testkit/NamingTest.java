package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.Ward;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/** A naming changes the names the generators give, and nothing else. */
class NamingTest {
  /** Names a format must escape or a careless system mangles, all made by hand. */
  static final class Awkward implements Naming {
    @Override
    public LocalDate pollingDay() {
      return LocalDate.of(2030, 5, 2);
    }

    @Override
    public String electionId(LocalDate pollingDay) {
      return "local.awkward." + pollingDay;
    }

    @Override
    public String electionName(LocalDate pollingDay) {
      return "Élections \"locales\" " + pollingDay.getYear();
    }

    @Override
    public Party party(int position, Party standard) {
      Party renamed =
          Party.of("party/" + position, "Parti é \"" + position + "\" ~", "P" + position);
      return renamed.withCohesive(standard.cohesive());
    }

    @Override
    public String councilName(int number) {
      return "Borough & St Mary's " + number;
    }

    @Override
    public String wardId(Council council, int number, LocalDate pollingDay, boolean gssCode) {
      return (gssCode ? "gss-" : "local-") + council.id() + "-" + number;
    }

    @Override
    public String wardName(int number) {
      return "Ward \\" + number + " & Dene";
    }

    @Override
    public String candidateName(Ward ward, int number) {
      return "Ann O'Neil " + number + " of " + ward.name();
    }
  }

  @Test
  void theStandardNamesAreTheGeneratorsOwn() {
    assertThat(NightGenerator.withDefaults().naming()).isSameAs(Naming.standard());
    assertThat(WardNightGenerator.withDefaults().naming()).isSameAs(Naming.standard());
    assertThat(Naming.standard()).hasToString("Naming.standard()");
    Set<String> partyIds = new HashSet<>();
    Set<String> wardIdStyles = new HashSet<>();
    for (long seed = 0; seed < 60; seed++) {
      WardNight night = WardNightGenerator.withDefaults().night(seed);
      Election election = night.election();
      assertThat(election.id()).isEqualTo("local.2018-05-03");
      assertThat(election.date()).isEqualTo(LocalDate.of(2018, 5, 3));
      assertThat(election.name()).isEqualTo("Local elections 2018");
      election.parties().forEach(party -> partyIds.add(party.id()));
      int ward = 0;
      for (int c = 0; c < election.contests().size(); c++) {
        Contest contest = election.contests().get(c);
        assertThat(contest.council().name()).isEqualTo("Council " + (c + 1));
        for (Ward listed : contest.wards()) {
          ward++;
          assertThat(listed.name()).isEqualTo("Ward " + ward);
          String gss = String.format("E05%06d", ward);
          String local =
              "local." + contest.council().id().toLowerCase(java.util.Locale.ROOT) + ".ward-" + ward + ".2018-05-03";
          assertThat(listed.id()).isIn(gss, local);
          wardIdStyles.add(listed.id().equals(gss) ? "gss" : "local");
        }
      }
      for (WardResult result : night.arrivals()) {
        for (int k = 0; k < result.candidates().size(); k++) {
          assertThat(result.candidates().get(k).name()).isEqualTo("Candidate " + (k + 1));
        }
      }
    }
    assertThat(partyIds)
        .containsExactlyInAnyOrder("PP52", "PP53", "PP90", "PP63", "PP85", "residents",
            "ynmp-party:2");
    assertThat(wardIdStyles).containsExactlyInAnyOrder("gss", "local");
  }

  @Test
  void anotherNamingGivesCouncilNightsOfTheSameShapeWithItsNames() {
    NightGenerator standard = NightGenerator.withDefaults();
    NightGenerator awkward = standard.withNaming(new Awkward());
    assertThat(awkward.naming()).isInstanceOf(Awkward.class);
    assertThat(awkward.settings()).isEqualTo(standard.settings());
    for (long seed = 0; seed < 200; seed++) {
      Night plain = standard.night(seed, 1 + (int) (seed % 100));
      Night named = awkward.night(seed, 1 + (int) (seed % 100));
      Election election = named.election();
      assertThat(election.id()).isEqualTo("local.awkward.2030-05-02");
      assertThat(election.date()).isEqualTo(LocalDate.of(2030, 5, 2));
      assertThat(election.name()).isEqualTo("Élections \"locales\" 2030");
      assertThat(shape(election)).isEqualTo(shape(plain.election()));
      for (int p = 0; p < election.parties().size(); p++) {
        Party party = election.parties().get(p);
        assertThat(party.id()).isEqualTo("party/" + p);
        assertThat(party.cohesive()).isEqualTo(plain.election().parties().get(p).cohesive());
      }
      for (int c = 0; c < election.contests().size(); c++) {
        assertThat(election.contests().get(c).council().name())
            .isEqualTo("Borough & St Mary's " + (c + 1));
      }
      assertThat(shape(named.inputs(), election)).isEqualTo(shape(plain.inputs(), plain.election()));
    }
  }

  @Test
  void anotherNamingGivesWardNightsOfTheSameShapeWithItsNames() {
    WardNightGenerator standard = WardNightGenerator.withDefaults();
    WardNightGenerator awkward = standard.withNaming(new Awkward());
    assertThat(awkward.naming()).isInstanceOf(Awkward.class);
    assertThat(awkward.wardSettings()).isEqualTo(standard.wardSettings());
    assertThat(awkward.councilSettings()).isEqualTo(standard.councilSettings());
    int wards = 0;
    int candidates = 0;
    for (long seed = 0; seed < 100; seed++) {
      WardNight plain = standard.night(seed);
      WardNight named = awkward.night(seed);
      assertThat(shape(named.election())).isEqualTo(shape(plain.election()));
      assertThat(named.election().name()).isEqualTo("Élections \"locales\" 2030");
      int ward = 0;
      for (int c = 0; c < named.election().contests().size(); c++) {
        Contest contest = named.election().contests().get(c);
        Contest before = plain.election().contests().get(c);
        for (int w = 0; w < contest.wards().size(); w++) {
          ward++;
          Ward listed = contest.wards().get(w);
          boolean gss = before.wards().get(w).id().startsWith("E05");
          assertThat(listed.id())
              .isEqualTo((gss ? "gss-" : "local-") + contest.council().id() + "-" + ward);
          assertThat(listed.name()).isEqualTo("Ward \\" + ward + " & Dene");
          wards++;
        }
      }
      assertThat(shapeOfResults(named.arrivals(), named.election()))
          .isEqualTo(shapeOfResults(plain.arrivals(), plain.election()));
      assertThat(shape(declarations(named.wholes()), named.election()))
          .isEqualTo(shape(declarations(plain.wholes()), plain.election()));
      for (WardResult result : named.arrivals()) {
        Ward listed = ward(named.election(), result);
        for (int k = 0; k < result.candidates().size(); k++) {
          assertThat(result.candidates().get(k).name())
              .isEqualTo("Ann O'Neil " + (k + 1) + " of " + listed.name());
          candidates++;
        }
      }
    }
    assertThat(wards).isGreaterThan(100);
    assertThat(candidates).isGreaterThan(100);
  }

  @Test
  void aNightForAGivenElectionKeepsItsNames() {
    WardNightGenerator awkward = WardNightGenerator.withDefaults().withNaming(new Awkward());
    for (long seed = 0; seed < 40; seed++) {
      Election election = awkward.election(seed);
      WardNight night = awkward.night(seed + 1, election);
      assertThat(night.election()).isSameAs(election);
      assertThat(night.seed()).isEqualTo(seed + 1);
      assertThat(night.size()).isEqualTo(100);
      assertThat(night).isNotEqualTo(awkward.night(seed + 2, election));
      assertThat(PsephosTally.withDefaults().standings(night)).isNotNull();
    }
  }

  @Test
  void namesCoreRefusesAreRefusedAsCoreRefusesThem() {
    Naming sameIds =
        new Naming() {
          @Override
          public Party party(int position, Party standard) {
            return Party.of("same", "Party " + position, "P" + position);
          }
        };
    assertThatThrownBy(() -> NightGenerator.withDefaults().withNaming(sameIds).night(1))
        .isInstanceOf(ElectionDataException.class)
        .hasMessageContaining("same");
  }

  /** Everything of an election but its names: parties, councils and wards by position. */
  private static String shape(Election election) {
    StringBuilder text = new StringBuilder();
    List<Party> parties = election.parties();
    for (Contest contest : election.contests()) {
      Council council = contest.council();
      text.append(council.id()).append(' ').append(council.type()).append(' ')
          .append(council.region()).append(' ').append(council.size()).append(" contested ")
          .append(contest.contested()).append(" continuing ")
          .append(seats(contest.continuing(), parties)).append(" previous ")
          .append(contest.hasPreviousResult() ? seats(contest.previous(), parties) : "none")
          .append(" defended ").append(seats(contest.defended(), parties)).append('\n');
      for (Ward ward : contest.wards()) {
        text.append("  ward ").append(ward.seats()).append(' ')
            .append(seats(ward.defended(), parties)).append(' ')
            .append(ward.previousVotes().keySet()).append('\n');
      }
    }
    return text.toString();
  }

  private static String shape(List<Input> inputs, Election election) {
    StringBuilder text = new StringBuilder();
    for (Input input : inputs) {
      text.append(input.council().id());
      if (input instanceof Input.Declare declare) {
        Declaration declaration = declare.declaration();
        text.append(" won ").append(seats(declaration.seatsWon(), election.parties()))
            .append(" to fill ").append(declaration.stillToFill());
      } else {
        text.append(" withdrawn");
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static List<Input> declarations(List<Declaration> declarations) {
    List<Input> inputs = new ArrayList<>();
    declarations.forEach(declaration -> inputs.add(Input.declare(declaration)));
    return inputs;
  }

  private static String shapeOfResults(List<WardResult> results, Election election) {
    StringBuilder text = new StringBuilder();
    for (WardResult result : results) {
      text.append(result.council().id()).append(' ').append(result.seats()).append(" won ")
          .append(seats(result.seatsWon(), election.parties())).append(" votes");
      for (Candidate candidate : result.candidates()) {
        text.append(' ').append(candidate.votes())
            .append(election.parties().indexOf(candidate.party()));
      }
      text.append(" drawn ").append(result.drawnWinners().size()).append('\n');
    }
    return text.toString();
  }

  private static String seats(Composition composition, List<Party> parties) {
    StringBuilder text = new StringBuilder("[");
    for (Party party : parties) {
      text.append(composition.seats(party)).append(' ');
    }
    return text.append("vacant ").append(composition.vacancies()).append(']').toString();
  }

  private static Ward ward(Election election, WardResult result) {
    return election.requireContest(result.council()).wards().stream()
        .filter(w -> w.id().equals(result.wardId()))
        .findFirst()
        .orElseThrow();
  }
}
