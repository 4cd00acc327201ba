package org.psephos.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A quick probe of JSON reading outside JMH, for comparing two builds on a busy machine: the
 * documents of {@link JsonBenchmark}, each read by Psephos and by the raw token loop in turn, timed
 * by the thread's CPU time (which a loaded machine disturbs less than wall time), with bytes
 * allocated per read. Prints, per round, each reader's time and the ratio the goal is set
 * in: the raw loop's time over Psephos's (Psephos's throughput as a share of the raw loop's).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.psephos.benchmarks.JsonProbe
 * }</pre>
 *
 * Not a replacement for the JMH benchmarks, whose numbers the README reports.
 */
public final class JsonProbe {
  private static final int ROUNDS = 6;
  private static final long ROUND_NANOS = 2_000_000_000L;

  private JsonProbe() {}

  /**
   * Runs the probe.
   *
   * @param args not used
   * @throws Exception if a document cannot be read
   */
  public static void main(String[] args) throws Exception {
    JsonBenchmark documents = new JsonBenchmark();
    documents.setUp();
    probe("election file", documents::readElection, documents::rawElectionTokens);
    probe("declaration stream", documents::readDeclarationStream, documents::rawStreamTokens);
    probe("ward result stream", documents::readWardResultStream, documents::rawWardResultTokens);
  }

  private static void probe(String name, Callable<?> psephos, Callable<?> raw) throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      double[] mine = time(psephos);
      double[] baseline = time(raw);
      if (round >= ROUNDS / 2) {
        System.out.printf(
            Locale.ROOT,
            "%-19s psephos %9.1f us %11.0f B   raw %9.1f us %10.0f B   raw/psephos %.3f%n",
            name, mine[0] / 1e3, mine[1], baseline[0] / 1e3, baseline[1],
            baseline[0] / mine[0]);
      }
    }
  }

  /** CPU nanoseconds and bytes allocated per call, over calls lasting about a round. */
  private static double[] time(Callable<?> read) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long allocated = threads.getThreadAllocatedBytes(thread);
    long start = threads.getCurrentThreadCpuTime();
    long calls = 0;
    long sink = 0;
    while (threads.getCurrentThreadCpuTime() - start < ROUND_NANOS) {
      sink += read.call().hashCode();
      calls++;
    }
    long cpu = threads.getCurrentThreadCpuTime() - start;
    allocated = threads.getThreadAllocatedBytes(thread) - allocated;
    if (sink == 42) {
      System.out.println();
    }
    return new double[] {cpu / (double) calls, allocated / (double) calls};
  }
}
