package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.ELECTION_ID;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.POLLING_DAY;
import static org.psephos.ExampleData.POSTPONSHIRE;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElectionTest {
  private static final Contest WANDSWORTH_CONTEST = allOut(WANDSWORTH, comp(CON, 41, LAB, 19));
  private static final Contest THIRDSBY_CONTEST =
      Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 14))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7, LAB, 10))
            .build();
  private static final Contest BRENT_CONTEST = allOut(BRENT, comp(LAB, 56, CON, 6, LD, 1));
  private static final Contest POSTPONSHIRE_CONTEST =
      allOut(POSTPONSHIRE, comp(LAB, 25, CON, 20));

  private static Election election() {
    return Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
        .parties(CON, LAB, LD)
        .parties(GRN, IND)
        .alias("Labour and Co-operative Party", LAB)
        .alias("joint-party:53-119", LAB)
        .contest(WANDSWORTH_CONTEST)
        .contest(THIRDSBY_CONTEST)
        .contest(BRENT_CONTEST)
        .contest(POSTPONSHIRE_CONTEST)
        .build();
  }

  @Test
  void keepsItsComponentsInTheOrderGiven() {
    Election election = election();
    assertThat(election.id()).isEqualTo("local.2018-05-03");
    assertThat(election.date()).isEqualTo(LocalDate.of(2018, 5, 3));
    assertThat(election.name()).isEqualTo("Local elections 2018");
    assertThat(election.parties()).containsExactly(CON, LAB, LD, GRN, IND);
    assertThat(election.contests())
        .containsExactly(WANDSWORTH_CONTEST, THIRDSBY_CONTEST, BRENT_CONTEST, POSTPONSHIRE_CONTEST);
    assertThat(election.councils()).containsExactly(WANDSWORTH, THIRDSBY, BRENT, POSTPONSHIRE);
    assertThat(election.aliases().size()).isEqualTo(2);
  }

  @Test
  void regionsAreInOrderOfFirstAppearance() {
    assertThat(election().regions()).containsExactly("London", "North West", "South East");
  }

  @Test
  void resolvePartyTriesIdThenAliasThenNameThenShortName() {
    Election election = election();
    assertThat(election.resolveParty("PP53")).contains(LAB);
    assertThat(election.resolveParty("ynmp-party:2")).contains(IND);
    assertThat(election.resolveParty("labour and co-operative party")).contains(LAB);
    assertThat(election.resolveParty("JOINT-PARTY:53-119")).contains(LAB);
    assertThat(election.resolveParty("Liberal Democrats")).contains(LD);
    assertThat(election.resolveParty("  green   PARTY ")).contains(GRN);
    assertThat(election.resolveParty("LD")).contains(LD);
    assertThat(election.resolveParty("con")).contains(CON);
    assertThat(election.resolveParty("UK Independence Party")).isEmpty();
    assertThat(election.resolveParty("PP85")).isEmpty();
  }

  @Test
  void anIdComesBeforeAnAliasOrANameThatReadsTheSame() {
    Party odd = Party.of("Labour", "Oddly Named Party", "ONP");
    Election election =
        Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
            .parties(LAB, odd)
            .alias("ONP", LAB)
            .contest(allOut(WANDSWORTH, comp(LAB, 60)))
            .build();
    assertThat(election.resolveParty("Labour")).contains(odd);
    assertThat(election.resolveParty("labour")).contains(LAB); // by name, ids match exactly
    assertThat(election.resolveParty("onp")).contains(LAB); // alias before short name
  }

  @Test
  void partyLooksUpAnIdExactly() {
    assertThat(election().party("PP90")).contains(LD);
    assertThat(election().party("pp90")).isEmpty();
    assertThat(election().party("Liberal Democrats")).isEmpty();
  }

  @Test
  void contestLookupIsByCouncilId() {
    Election election = election();
    assertThat(election.contest("E08000901")).contains(THIRDSBY_CONTEST);
    assertThat(election.contest("E09000001")).isEmpty();
    assertThat(election.requireContest(BRENT)).isEqualTo(BRENT_CONTEST);
  }

  @Test
  void requirePartyReturnsTheElectionsParty() {
    assertThat(election().requireParty(Party.of("PP52", "Conservative", "Con"), "test"))
        .isEqualTo(CON);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "local.2018-05-03",
        "local.wandsworth.2018-05-03",
        "local.wandsworth.balham.2018-05-03",
        "local.wandsworth.balham.by.2018-05-03",
        "local.kingston-upon-thames.2018-05-03",
        "mayor.tower-hamlets.2018-05-03"
      })
  void democracyClubIdsAreAccepted(String id) {
    Election election =
        Election.builder(id, POLLING_DAY, "Local elections 2018")
            .parties(CON, LAB)
            .contest(WANDSWORTH_CONTEST)
            .build();
    assertThat(election.id()).isEqualTo(id);
  }

  @Test
  void ofBuildsWhatTheBuilderBuilds() {
    Election built = election();
    Election made =
        Election.of(
            ELECTION_ID,
            POLLING_DAY,
            "Local elections 2018",
            List.of(CON, LAB, LD, GRN, IND),
            PartyAliases.builder()
                .alias("Labour and Co-operative Party", LAB)
                .alias("joint-party:53-119", LAB)
                .build(),
            List.of(WANDSWORTH_CONTEST, THIRDSBY_CONTEST, BRENT_CONTEST, POSTPONSHIRE_CONTEST));
    assertThat(made).isEqualTo(built).hasSameHashCodeAs(built);
  }

  @Test
  void electionsAreEqualByEveryComponent() {
    Election election = election();
    Election otherOrder =
        Election.of(
            ELECTION_ID,
            POLLING_DAY,
            "Local elections 2018",
            List.of(LAB, CON, LD, GRN, IND),
            election.aliases(),
            election.contests());
    Election otherName =
        Election.of(
            ELECTION_ID,
            POLLING_DAY,
            "Local elections",
            election.parties(),
            election.aliases(),
            election.contests());
    Election fewerContests =
        Election.of(
            ELECTION_ID,
            POLLING_DAY,
            "Local elections 2018",
            election.parties(),
            election.aliases(),
            List.of(WANDSWORTH_CONTEST));
    Election noAliases =
        Election.of(
            ELECTION_ID,
            POLLING_DAY,
            "Local elections 2018",
            election.parties(),
            PartyAliases.empty(),
            election.contests());
    assertThat(election)
        .isNotEqualTo(otherOrder)
        .isNotEqualTo(otherName)
        .isNotEqualTo(fewerContests)
        .isNotEqualTo(noAliases);
  }

  @Test
  void toStringGivesIdDateNameAndCounts() {
    assertThat(election().toString())
        .isEqualTo("Election[local.2018-05-03, 2018-05-03, Local elections 2018, 5 parties, 4"
            + " contests]");
  }

  @Test
  void compositionsMayNameAnEqualCopyOfAnElectionsParty() {
    Party labourCopy = Party.of("PP53", "Labour", "Lab");
    assertThat(labourCopy).isEqualTo(ExampleData.LAB).isNotSameAs(ExampleData.LAB);
    Election election =
        ExampleData.election(
            ExampleData.allOut(
                ExampleData.WANDSWORTH, ExampleData.comp(ExampleData.CON, 41, labourCopy, 19)));
    assertThat(election.contest("E09000032")).isPresent();
  }
}
