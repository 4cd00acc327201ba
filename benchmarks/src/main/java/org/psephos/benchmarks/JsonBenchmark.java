package org.psephos.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psephos.Contest;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Ward;
import org.psephos.json.DeclarationStream;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PublishedResult;
import org.psephos.json.PublishedWardResult;
import org.psephos.json.ResultStream;
import org.psephos.tally.Tally;
import org.psephos.ward.WardResult;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading with psephos-json against a raw Jackson streaming token loop over the same bytes, for
 * the three documents of an election night (10 parties, 400 councils of 30 to 70 seats in about
 * 10,000 wards of 1 to 3 seats, drawn from the testkit by {@link SyntheticWards}):
 *
 * <ul>
 *   <li>{@code readElection}: {@code PsephosJson.readElection} of the election file, every contest
 *       listing its wards (with their defended seats and previous votes), indented as
 *       {@code PsephosJson.Style.PRETTY} writes it: the validated {@code ElectionDefinition};
 *   <li>{@code readDeclarationStream}: a {@code DeclarationStream} read to its end: one {@code
 *       psephos.declaration/1} line per council (400 lines, in a shuffled order, each council's
 *       declaration as its wards' results make it up), each line checked against its contest and
 *       its sequence number; the stream is read for a {@code Tally} made once in the setup, as
 *       the raw loop builds no election index either;
 *   <li>{@code readWardResultStream}: a {@code ResultStream} read to its end: one {@code
 *       psephos.wardresult/1} line per ward (about 10,000 lines, in a shuffled order, rising
 *       sequence numbers, each with its time of declaration, candidates and ballot figures), each
 *       line counted (the candidates' statuses decided) and checked against its ward and its
 *       sequence number, for the same tally;
 *   <li>{@code rawElectionTokens}, {@code rawStreamTokens}, {@code rawWardResultTokens}: the
 *       baseline: every token of the same bytes from a Jackson {@link JsonParser}, each name and
 *       string materialised and each number parsed (what any reader must do at least), nothing
 *       built.
 * </ul>
 *
 * Throughput is the byte count divided by the time per operation; the ratio asked for is the raw
 * loop's time over psephos-json's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {
  static final int COUNCILS = 400;

  private final JsonFactory factory = new JsonFactory();
  private Election election;
  /** The tally the streams are read for, made once: its index is core's cost, not reading's. */
  private Tally tally;
  private byte[] electionFile;
  private byte[] declarationStream;
  private byte[] wardResultStream;

  @Setup
  public void setUp() throws IOException {
    SyntheticWards wards = SyntheticWards.generate(COUNCILS, 2018L);
    PsephosJson json = PsephosJson.standard();
    election = wards.election;
    tally = Tally.of(election);
    electionFile =
        json.writeElection(ElectionDefinition.of(election), PsephosJson.Style.PRETTY)
            .getBytes(UTF_8);
    List<WardResult> results = wards.results;
    // each council's whole declaration, as its wards' results make it up
    Tally byWards = Tally.of(election).applyWardResults(results);
    List<Declaration> wholes = new ArrayList<>(COUNCILS);
    for (Contest contest : election.contests()) {
      wholes.add(
          byWards
              .declaration(contest.council())
              .orElseThrow(
                  () -> new IllegalStateException(contest.council() + " has no declaration")));
    }
    int[] order = shuffled(COUNCILS, 6L);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < COUNCILS; i++) {
      lines.append(
          json.writeDeclarationLine(
              PublishedDeclaration.of(election.id(), i + 1, wholes.get(order[i]))));
    }
    declarationStream = lines.toString().getBytes(UTF_8);
    int[] wardOrder = shuffled(results.size(), 9L);
    OffsetDateTime[] declaredAt = SyntheticWards.declaredAt(election, results.size(), 10L);
    List<PublishedResult> published = new ArrayList<>(results.size());
    StringBuilder wardLines = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      PublishedWardResult line =
          new PublishedWardResult(
              election.id(), i + 1, declaredAt[i], results.get(wardOrder[i]));
      published.add(line);
      wardLines.append(json.writeWardResultLine(line));
    }
    wardResultStream = wardLines.toString().getBytes(UTF_8);
    // the documents read back as written, so that the benchmarks below read valid input
    if (election.contests().size() != COUNCILS
        || !readElection().election().equals(election)
        || readDeclarationStream() != COUNCILS
        || !readAll(wardResultStream).equals(published)) {
      throw new IllegalStateException("the generated documents do not read back");
    }
    // every ward of every council is declared once: each council's wards add up to its whole
    // declaration (one with seats still to fill where an uncontested ward left some unfilled)
    for (Declaration whole : wholes) {
      int wardSeats = 0;
      for (Ward ward : election.requireContest(whole.council()).wards()) {
        wardSeats += ward.seats();
      }
      if (wardSeats != whole.council().size()
          || whole.seatsDeclared() + whole.stillToFill() != wardSeats) {
        throw new IllegalStateException("the wards of " + whole.council() + " do not add up");
      }
    }
    System.out.printf(
        "%nelection file: %,d bytes (%d councils, %,d wards); declaration stream: %,d bytes, %d"
            + " lines; ward result stream: %,d bytes, %,d lines%n",
        electionFile.length,
        COUNCILS,
        results.size(),
        declarationStream.length,
        COUNCILS,
        wardResultStream.length,
        results.size());
  }

  private static int[] shuffled(int n, long seed) {
    return SyntheticElection.shuffled(n, new SplittableRandom(seed));
  }

  private List<PublishedResult> readAll(byte[] stream) throws IOException {
    List<PublishedResult> read = new ArrayList<>();
    try (ResultStream results =
        PsephosJson.standard().resultStream(tally, new ByteArrayInputStream(stream))) {
      Optional<PublishedResult> next;
      while ((next = results.next()).isPresent()) {
        read.add(next.get());
      }
    }
    return read;
  }

  @Benchmark
  public ElectionDefinition readElection() {
    return PsephosJson.standard().readElection(new ByteArrayInputStream(electionFile));
  }

  @Benchmark
  public long rawElectionTokens() {
    return tokens(electionFile);
  }

  @Benchmark
  public long readDeclarationStream() throws IOException {
    long count = 0;
    try (DeclarationStream stream =
        PsephosJson.standard()
            .declarationStream(tally, new ByteArrayInputStream(declarationStream))) {
      while (stream.next().isPresent()) {
        count++;
      }
    }
    return count;
  }

  @Benchmark
  public long rawStreamTokens() {
    return tokens(declarationStream);
  }

  @Benchmark
  public long readWardResultStream() throws IOException {
    long count = 0;
    try (ResultStream stream =
        PsephosJson.standard()
            .resultStream(tally, new ByteArrayInputStream(wardResultStream))) {
      while (stream.next().isPresent()) {
        count++;
      }
    }
    return count;
  }

  @Benchmark
  public long rawWardResultTokens() {
    return tokens(wardResultStream);
  }

  /** Every token of a document (or of a sequence of root values, as a stream is). */
  private long tokens(byte[] bytes) {
    long sum = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case PROPERTY_NAME -> sum += parser.currentName().length();
          case VALUE_STRING -> sum += parser.getString().length();
          case VALUE_NUMBER_INT -> sum += parser.getLongValue();
          case VALUE_NUMBER_FLOAT -> sum += (long) parser.getDoubleValue();
          default -> sum++;
        }
      }
    }
    return sum;
  }
}
