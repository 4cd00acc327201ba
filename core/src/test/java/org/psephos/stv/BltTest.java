package org.psephos.stv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading ballot profiles in BLT, and the rules for papers marked with gaps or repeats. */
class BltTest {

  @Test
  void readsPartiesInInnerQuotesAndAnUnquotedTitle() throws IOException {
    BallotProfile profile =
        BallotProfile.parseBlt(GlasgowTest.resource("scot-elex/moray_2022_ward6.blt"));
    assertThat(profile.title()).isEqualTo("Ward 6 - Elgin City North");
    assertThat(profile.seats()).isEqualTo(3);
    assertThat(profile.candidates().get(0))
        .isEqualTo(new StvCandidate("Neil ALEXANDER", "Scottish Liberal Democrats"));
    assertThat(profile.candidates().get(1))
        .isEqualTo(new StvCandidate("Amber DUNBAR", "Scottish Conservative and Unionist"));
    assertThat(profile.rejectedPapers()).isZero();
    assertThat(profile.ballots().get(0)).isEqualTo(new Ballot(1, List.of(0, 2, 3, 5, 1, 4)));
  }

  @Test
  void usablePreferencesStopAtAGapOrRepeatAndPassOverTheWithdrawn() throws IOException {
    String blt = String.join("\n",
        "4 2",
        "-3",
        "# a comment",
        "5 1 2 0",
        "2 1 - 2 0",
        "3 1 1 2 0",
        "1 1=2 3 0",
        "4 3 2 0",
        "(b7) 6 2 4 0",
        "2 - 1 0",
        "0",
        "\"Ann\"",
        "\"Bob \"\"Green\"\"\"",
        "\"Cat\"",
        "\"Dee\"",
        "\"Test ward\"");
    BallotProfile profile = BallotProfile.readBlt(new StringReader(blt));
    assertThat(profile.withdrawn()).containsExactly(2);
    assertThat(profile.candidates().get(1)).isEqualTo(new StvCandidate("Bob", "Green"));
    assertThat(profile.ballots())
        .containsExactly(
            new Ballot(5, List.of(0, 1)),
            new Ballot(5, List.of(0)),
            new Ballot(4, List.of(1)),
            new Ballot(6, List.of(1, 3)));
    // "1=2 3": an equal ranking ends the usable preferences at once; "- 1": no first preference.
    assertThat(profile.rejectedPapers()).isEqualTo(3);
    assertThat(profile.validPapers()).isEqualTo(20);
    assertThat(profile.toString())
        .isEqualTo("BallotProfile[Test ward, 2 seats, 4 candidates, 20 valid papers, 3 rejected]");
  }

  @Test
  void malformedTextIsRejectedNamingTheLine() {
    assertThatThrownBy(() -> BallotProfile.parseBlt("3 1\n2 1 4 0\n0\n\"A\"\n\"B\"\n\"C\"\n"))
        .isInstanceOf(StvException.class)
        .hasMessage("line 2: preference 4 is not one of the 3 candidates")
        .extracting(e -> ((StvException) e).line().getAsInt())
        .isEqualTo(2);
    assertThatThrownBy(() -> BallotProfile.parseBlt("3 1\n2 1 2\n0\n"))
        .hasMessage("line 2: a ballot must be a count and preferences ending in 0: 2 1 2");
    assertThatThrownBy(() -> BallotProfile.parseBlt("3 1\nx 1 0\n0\n"))
        .hasMessage("line 2: a ballot's count must be a whole number: x");
    assertThatThrownBy(() -> BallotProfile.parseBlt("3 1\n0 1 0\n0\n"))
        .hasMessage("line 2: a ballot's count (0) must be at least 1");
    assertThatThrownBy(() -> BallotProfile.parseBlt("3 1\n1 1 0\n0\n\"A\"\n"))
        .hasMessage("BLT ends early (line 5): expected the name of candidate 2 of 3")
        .extracting(e -> ((StvException) e).line().getAsInt())
        .isEqualTo(5);
    assertThatThrownBy(() -> BallotProfile.parseBlt("3\n"))
        .hasMessage("line 1: the header must be two numbers, candidates and seats: 3");
    assertThatThrownBy(() -> BallotProfile.parseBlt("2 1\n0\n\"A\"\n\"B\"\n\"T\"\n\"more\"\n"))
        .hasMessage("line 6: text after the title: \"more\"");
    assertThatThrownBy(() -> BallotProfile.parseBlt("2 3\n0\n\"A\"\n\"B\"\n\"T\"\n"))
        .hasMessage("ward T: 2 candidates standing for 3 seats")
        .extracting(e -> ((StvException) e).line().isPresent())
        .isEqualTo(false);
    assertThatThrownBy(() -> BallotProfile.parseBlt("2 1\n0\n\"A\"\n\"A\"\n\"T\"\n"))
        .hasMessage("ward T: candidate A is listed twice");
  }

  @Test
  void aBuilderRejectsMarksForNoCandidate() {
    BallotProfile.Builder builder = BallotProfile.builder("W", 1).candidate("A", "");
    assertThatThrownBy(() -> builder.papers(1, 2))
        .isInstanceOf(StvException.class)
        .hasMessage("ward W: there is no candidate 2 of 1");
    assertThatThrownBy(() -> builder.papers(1, "Z")).hasMessage("ward W: Z is not a candidate");
    assertThatThrownBy(() -> builder.papers(0, 1))
        .hasMessage("ward W: a ballot's count (0) must be at least 1");
    assertThatThrownBy(() -> BallotProfile.builder("W", 0).build())
        .hasMessage("ward W: seats (0) must be at least 1");
  }
}
