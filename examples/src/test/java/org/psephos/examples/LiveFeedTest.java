package org.psephos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psephos.Election;
import org.psephos.tally.Tally;

/** The live feed example: a reader thread and a publisher thread sharing a LiveTally. */
class LiveFeedTest {
  private static final Election LONDON = London2018.election().election();
  private static final Pattern HEADING =
      Pattern.compile("State of parties after (\\d+) of 32 councils declare");

  private static String run(InputStream feed, Duration pause, Duration publishEvery, Tally[] last)
      throws InterruptedException {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      last[0] = LiveFeed.run(LONDON, feed, pause, publishEvery, out);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void publishesConsistentScoreboardsWhileTheFeedIsRead() throws Exception {
    Tally[] last = new Tally[1];
    String output;
    try (InputStream feed = London2018.openDeclarations()) {
      output = run(feed, Duration.ofMillis(2), Duration.ofMillis(5), last);
    }

    List<String> lines = output.lines().toList();
    // every declaration's outcome, printed by the reader
    assertThat(lines).contains("Kingston upon Thames: Liberal Democrat gain from Conservative");
    assertThat(lines.stream().filter(l -> l.matches("[A-Z][A-Za-z ]+: .*(hold|gain from .*"
        + "|No overall control, no change)"))).hasSize(34);
    // the publisher's scoreboards: declared counts never go back, and the last is the whole night
    List<Integer> declared = new ArrayList<>();
    for (String line : lines) {
      Matcher matcher = HEADING.matcher(line);
      if (matcher.matches()) {
        declared.add(Integer.parseInt(matcher.group(1)));
      }
    }
    assertThat(declared).isNotEmpty().isSorted();
    assertThat(declared.get(declared.size() - 1)).isEqualTo(32);
    int lastBlock = output.lastIndexOf("State of parties");
    assertThat(output.substring(lastBlock).lines().toList())
        .containsSubsequence(
            "State of parties after 32 of 32 councils declare",
            "Conservative: 7 councils (-2); 511 seats (-92)",
            "Labour: 21 councils (+1); 1,123 seats (+67)",
            "Liberal Democrats: 3 councils (+2); 154 seats (+40)",
            "No overall control: 1 council (-1)");
    assertThat(last[0].standings().seatsWon()).isEqualTo(1833);
  }

  @Test
  void aBadLineIsReportedAndSkipped() throws Exception {
    String feed =
        "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",\"sequence\":1,"
            + "\"council\":\"E09000099\",\"seatsWon\":{\"PP53\":51}}\n"
            + "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",\"sequence\":2,"
            + "\"council\":\"E09000002\",\"seatsWon\":{\"PP53\":51}}\n";
    Tally[] last = new Tally[1];

    String output =
        run(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), Duration.ZERO,
            Duration.ofMillis(1), last);

    assertThat(output)
        .contains("skipped line 1 of the feed: council \"E09000099\" is not part of election"
            + " local.2018-05-03\n")
        .contains("Barking and Dagenham: Labour hold\n")
        .contains("State of parties after 1 of 32 councils declare\n");
    assertThat(last[0].councilsDeclared()).isEqualTo(1);
  }

  @Test
  void anUnreadableFeedFailsTheRun() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("connection reset");
          }
        };

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> run(broken, Duration.ZERO, Duration.ofMillis(1), new Tally[1]))
        .hasMessageContaining("connection reset");
  }
}
