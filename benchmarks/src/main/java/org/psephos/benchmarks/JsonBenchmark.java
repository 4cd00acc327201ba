package org.psephos.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.psephos.Election;
import org.psephos.json.DeclarationStream;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.PublishedDeclaration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading with psephos-json against a raw Jackson streaming token loop over the same bytes: a
 * generated election file (400 councils, 10 parties, indented as {@code PsephosJson.Style.PRETTY}
 * writes it) and a declaration stream of one declaration per council (400 lines, in a shuffled
 * order).
 *
 * <p>The election format of this version lists councils but no wards, so the 9,000 wards
 * are not part of the file, and the stream holds whole-council declarations only.
 *
 * <ul>
 *   <li>{@code readElection}: {@code PsephosJson.readElection}, the validated {@code
 *       ElectionDefinition};
 *   <li>{@code readDeclarationStream}: a {@code DeclarationStream} read to its end, each line
 *       checked against its contest and its sequence number;
 *   <li>{@code rawElectionTokens}, {@code rawStreamTokens}: the baseline: every token of the same
 *       bytes from a Jackson {@link JsonParser}, each name and string materialised and each number
 *       parsed (what any reader must do at least), nothing built.
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
  private byte[] electionFile;
  private byte[] declarationStream;

  @Setup
  public void setUp() throws IOException {
    SyntheticElection data = SyntheticElection.generate(COUNCILS, 10, 2018L);
    PsephosJson json = PsephosJson.standard();
    election = data.election;
    electionFile =
        json.writeElection(ElectionDefinition.of(election), PsephosJson.Style.PRETTY)
            .getBytes(UTF_8);
    int[] order = data.shuffledOrder(6L);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < COUNCILS; i++) {
      lines.append(
          json.writeDeclarationLine(
              PublishedDeclaration.of(election.id(), i + 1, data.declarations[0][order[i]])));
    }
    declarationStream = lines.toString().getBytes(UTF_8);
    // the documents read back as written, so that the benchmarks below read valid input
    if (!readElection().election().equals(election) || readDeclarationStream() != COUNCILS) {
      throw new IllegalStateException("the generated documents do not read back");
    }
    System.out.printf(
        "%nelection file: %,d bytes; declaration stream: %,d bytes, %d lines%n",
        electionFile.length, declarationStream.length, COUNCILS);
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
            .declarationStream(election, new ByteArrayInputStream(declarationStream))) {
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
