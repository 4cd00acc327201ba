package org.psephos.feeds.pa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The test feed's files kept under testfeed/, and small files written for the tests. */
final class Fixtures {
  private Fixtures() {}

  static Path testFeed() {
    return resource("testfeed");
  }

  static Path resource(String name) {
    URL url = Objects.requireNonNull(Fixtures.class.getResource(name), name);
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files(String prefix) {
    try (Stream<Path> files = Files.list(testFeed())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<PaNominations> nominations() {
    return files("Local_Test_nominations_").stream()
        .map(f -> (PaNominations) PaReader.read(f))
        .toList();
  }

  /** The result files of revision 1: the state of the feed when Local_Test_SOP_34 was sent. */
  static List<PaResult> firstRevisions() {
    return files("Local_Test_result_").stream()
        .filter(f -> f.getFileName().toString().endsWith("_1.xml"))
        .map(f -> (PaResult) PaReader.read(f))
        .toList();
  }

  static PaResult result(String name) {
    return (PaResult) PaReader.read(testFeed().resolve(name));
  }

  static PaElection election() {
    return PaElection.of(nominations());
  }

  static String text(String name) {
    try {
      return Files.readString(testFeed().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** Nominations of one council, written for the tests in PA's schema. */
  static String nominations(String council, String paId, String type, String proportion,
      String... parties) {
    StringBuilder xml = new StringBuilder(
        "<?xml version='1.0' encoding='UTF-8'?>\n<LocalElectionNominations>\n"
            + "  <Election date='2026-05-07' paId='252'>\n"
            + "    <Council name='" + council + "' paId='" + paId + "' type='" + type
            + "' proportion='" + proportion + "'>\n");
    for (String party : parties) {
      xml.append("      ").append(party).append('\n');
    }
    return xml.append("    </Council>\n  </Election>\n</LocalElectionNominations>\n").toString();
  }

  /** A party's nominations line. */
  static String nominated(String name, String abbreviation, String paId, int held, int offered) {
    return "<Party name='" + name + "' abbreviation='" + abbreviation + "' paId='" + paId
        + "' seatsHeld='" + held + "' seatsOffered='" + offered
        + "' unopposedReturns='0' candidates='0'/>";
  }
}
