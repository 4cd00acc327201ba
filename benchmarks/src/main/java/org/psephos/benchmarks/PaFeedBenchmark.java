package org.psephos.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psephos.feeds.pa.PaElection;
import org.psephos.feeds.pa.PaFeed;
import org.psephos.feeds.pa.PaNominations;
import org.psephos.feeds.pa.PaReader;
import org.psephos.feeds.pa.PaResult;
import org.psephos.tally.Tally;

/**
 * Reading PA's test feed and tallying it, against a bare StAX loop over the same bytes.
 *
 * <p>The feed: the 34 councils of PA's 2026 test feed kept in the feeds module's test resources
 * (34 nominations, 35 results, Newcastle-under-Lyme in two revisions), each council copied four
 * times under new PA ids and names ({@code copies}), so 136 councils, 136 nominations and 140
 * results, the size of PA's whole test feed (about 140 of each).
 *
 * <ul>
 *   <li>{@code readAndTally}: every file read by {@code PaReader} (StAX, DTDs refused, every value
 *       checked against PA's schema), the election made by {@code PaElection.of}, every result
 *       applied by {@code PaFeed} (revisions, core's checks, PA's own figures cross-checked);
 *   <li>{@code bareStax}: the baseline: the same bytes through a {@code XMLStreamReader}, every
 *       element's name and attribute values materialised, nothing built or checked.
 * </ul>
 *
 * Run from the repository root (the files are read from {@code feedFolder}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PaFeedBenchmark {
  private static final Pattern COUNCIL =
      Pattern.compile("<Council name='([^']*)' paId='(\\d+)'");

  @Param("feeds/src/test/resources/org/psephos/feeds/pa/testfeed")
  public String feedFolder;

  @Param("4")
  public int copies;

  private final List<String> nominationNames = new ArrayList<>();
  private final List<byte[]> nominations = new ArrayList<>();
  private final List<String> resultNames = new ArrayList<>();
  private final List<byte[]> results = new ArrayList<>();
  private final XMLInputFactory factory = XMLInputFactory.newInstance();

  /** Reads the kept files and makes the copies. */
  @Setup
  public void setUp() {
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(feedFolder))) {
      files = list.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository root: " + feedFolder, e);
    }
    for (int copy = 1; copy <= copies; copy++) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        boolean nomination = name.startsWith("Local_Test_nominations_");
        if (!nomination && !name.startsWith("Local_Test_result_")) {
          continue;
        }
        byte[] bytes = copy(read(file), copy);
        (nomination ? nominationNames : resultNames).add(copy + "_" + name);
        (nomination ? nominations : results).add(bytes);
      }
    }
    Tally tally = readAndTally();
    if (tally.councilsDeclared() != nominations.size()) {
      throw new IllegalStateException(
          tally.councilsDeclared() + " declared of " + nominations.size());
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file with its council renamed and given a new PA id, for copy number {@code copy}. */
  private static byte[] copy(byte[] bytes, int copy) {
    Matcher matcher = COUNCIL.matcher(new String(bytes, StandardCharsets.UTF_8));
    String renamed =
        matcher.replaceAll(m -> "<Council name='" + m.group(1) + " " + copy + "' paId='" + copy
            + m.group(2) + "'");
    return renamed.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Every file read, the election made and every result applied.
   *
   * @return the tally
   */
  @Benchmark
  public Tally readAndTally() {
    List<PaNominations> read = new ArrayList<>(nominations.size());
    for (int i = 0; i < nominations.size(); i++) {
      read.add((PaNominations) PaReader.read(nominationNames.get(i), nominations.get(i)));
    }
    PaFeed feed = PaFeed.start(PaElection.of(read));
    for (int i = 0; i < results.size(); i++) {
      feed = feed.apply((PaResult) PaReader.read(resultNames.get(i), results.get(i))).feed();
    }
    return feed.tally();
  }

  /**
   * The baseline: every event of the same bytes, names and attribute values materialised.
   *
   * @return the characters seen, so that nothing is optimised away
   * @throws XMLStreamException never, for these files
   */
  @Benchmark
  public long bareStax() throws XMLStreamException {
    long characters = 0;
    for (List<byte[]> files : List.of(nominations, results)) {
      for (byte[] file : files) {
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(file));
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT) {
            characters += reader.getLocalName().length();
            for (int a = 0; a < reader.getAttributeCount(); a++) {
              characters += reader.getAttributeLocalName(a).length();
              characters += reader.getAttributeValue(a).length();
            }
          }
        }
        reader.close();
      }
    }
    return characters;
  }
}
