package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.psephos.Declaration;
import org.psephos.json.ElectionDefinition;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;
import org.psephos.testkit.GeneratorSettings;
import org.psephos.testkit.NightGenerator;
import org.psephos.text.PartyNames;

/**
 * A load harness, bounded in time: {@value #CLIENTS} event-stream clients on the loopback address
 * (one selector thread reading raw sockets) follow a night of {@value #DECLARATIONS} declarations
 * published {@value #SPACING_MILLIS} ms apart. Every client must receive every event, and the heap
 * the server retains (after a collection, the clients still connected) must stay under 256 MB. The
 * delay from each declaration's publication to its arrival at each client is measured and printed
 * (median, 99th percentile, worst); it is asserted under a second at the 99th percentile only with
 * {@code -Dpsephos.load.latency=true}, on a machine quiet enough to measure (a timing on a shared
 * build machine proves nothing; docs/serve.md gives figures measured). The election and its declarations are generated
 * by the testkit (seeded, invented councils). A warm-up night first (London 2018 to {@value
 * #WARM_UP_CLIENTS} clients) compiles the code paths, as on a server that has run for a while. It
 * prints its figures; they are not a benchmark of speed (see the benchmarks module for those), only
 * a check that the server keeps up.
 */
class LiveLoadTest {
  /** The clients of the event stream. */
  static final int CLIENTS = 1000;

  /** The declarations, one a council. */
  static final int DECLARATIONS = 150;

  /** The clients of the warm-up night. */
  static final int WARM_UP_CLIENTS = 300;

  /** The time between two declarations. */
  static final long SPACING_MILLIS = 200;

  @Test
  @Timeout(value = 110, unit = TimeUnit.SECONDS)
  void aThousandClientsReceiveEveryDeclarationWithinASecond() throws Exception {
    org.psephos.testkit.Night generated =
        NightGenerator.of(
                GeneratorSettings.defaults().toBuilder()
                    .minCouncils(DECLARATIONS)
                    .maxCouncils(DECLARATIONS)
                    .undeclared(false)
                    .withdrawalOneIn(0) // none: every council's declaration stands
                    .build())
            .night(20260507L);
    List<Declaration> declarations = generated.currentDeclarations();
    assertThat(declarations).hasSize(DECLARATIONS);
    LiveNight night =
        new LiveNight(
            ElectionDefinition.of(generated.election()),
            LiveTally.of(Tally.of(generated.election())), PartyNames.adjectives());
    warmUp();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakHeap = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    try (LiveServer server = LiveServer.start(night, null, "127.0.0.1", 0);
        Clients clients = new Clients(server.port(), CLIENTS, DECLARATIONS)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (server.subscribers() < CLIENTS && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(server.subscribers()).as("clients subscribed").isEqualTo(CLIENTS);
      System.gc();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();
      sampler.start();

      long[] published = new long[DECLARATIONS + 1];
      long started = System.nanoTime();
      for (int i = 0; i < DECLARATIONS; i++) {
        long due = started + TimeUnit.MILLISECONDS.toNanos(SPACING_MILLIS * i);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        Declaration declaration = declarations.get(i);
        published[i + 1] = System.nanoTime();
        assertThat(night.apply(tally -> tally.apply(declaration))).isPresent();
      }
      clients.awaitAll(Duration.ofSeconds(30));
      sampler.interrupt();

      System.gc();
      long retained = memory.getHeapMemoryUsage().getUsed();
      long[] delays = clients.delays(published);
      System.out.println("LiveLoadTest: worst delay (ms) of each tenth of the night: "
          + clients.worstByTenth(published));
      long missing = clients.missing();
      Arrays.sort(delays);
      double p50 = millis(percentile(delays, 0.50));
      double p99 = millis(percentile(delays, 0.99));
      double max = millis(delays[delays.length - 1]);
      System.out.printf(
          Locale.ROOT,
          "LiveLoadTest: %d clients, %d declarations %d ms apart: %d of %d events received"
              + " (%d missing); delay from publication p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
              + " %,d bytes read; heap used %.0f MB before, peak %.0f MB, %.0f MB after a GC with"
              + " the clients still connected (max heap %.0f MB)%n",
          CLIENTS, DECLARATIONS, SPACING_MILLIS, delays.length, (long) CLIENTS * DECLARATIONS,
          missing, p50, p99, max, clients.bytesRead(), heapBefore / 1e6, peakHeap.get() / 1e6,
          retained / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6);
      assertThat(missing).as("events not received").isZero();
      assertThat(retained - heapBefore)
          .as("heap retained by the night and its %d clients", CLIENTS)
          .isLessThan(256L * 1024 * 1024);
      if (Boolean.getBoolean("psephos.load.latency")) {
        assertThat(p99).as("p99 delay in ms").isLessThan(1000.0);
      }
    } finally {
      sampler.interrupt();
    }
  }

  /**
   * Warms the server's and the clients' code up, as a server that has run for a while is: the
   * London 2018 night to {@value #WARM_UP_CLIENTS} clients on a server of its own.
   */
  private static void warmUp() throws Exception {
    List<String> lines = LiveFixture.londonLines();
    try (LiveFixture london = LiveFixture.start();
        Clients clients = new Clients(london.server.port(), WARM_UP_CLIENTS, lines.size())) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (london.server.subscribers() < WARM_UP_CLIENTS && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      for (String line : lines) {
        london.night.apply(
            tally -> org.psephos.json.PsephosJson.standard().readDeclaration(tally, line)
                .applyTo(tally));
        Thread.sleep(20);
      }
      clients.awaitAll(Duration.ofSeconds(30));
    }
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /**
   * Many event-stream clients on raw sockets, read by one selector thread that notes when each
   * event id line arrives on each connection.
   */
  private static final class Clients implements AutoCloseable {
    private static final byte[] ID_LINE = "\nid: ".getBytes(StandardCharsets.US_ASCII);

    private final Selector selector = Selector.open();
    private final List<SocketChannel> channels = new ArrayList<>();
    private final long[][] received;
    private final int[] matched;
    private final long[] number;
    private final int events;
    private final Thread reader;
    private volatile long bytes;
    private volatile int complete;

    Clients(int port, int clients, int events) throws IOException {
      this.events = events;
      this.received = new long[clients][events + 1];
      this.matched = new int[clients];
      this.number = new long[clients];
      byte[] request =
          ("GET /api/events?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Accept: text/event-stream\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < clients; i++) {
        SocketChannel channel =
            SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        channel.write(ByteBuffer.wrap(request));
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, i);
        channels.add(channel);
      }
      reader = new Thread(this::read, "sse-load-clients");
      reader.setDaemon(true);
      reader.start();
    }

    private void read() {
      ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
      long total = 0;
      try {
        while (!Thread.currentThread().isInterrupted()) {
          selector.select(100);
          long now = System.nanoTime();
          Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
          while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            int client = (Integer) key.attachment();
            buffer.clear();
            int n = ((SocketChannel) key.channel()).read(buffer);
            if (n < 0) {
              key.cancel();
              continue;
            }
            total += n;
            scan(client, buffer.array(), n, now);
          }
          bytes = total;
        }
      } catch (IOException | java.nio.channels.ClosedSelectorException e) {
        // closed
      }
    }

    /** Finds "\nid: N\n" across reads: a small state machine per connection. */
    private void scan(int client, byte[] data, int length, long now) {
      int state = matched[client];
      long id = number[client];
      for (int i = 0; i < length; i++) {
        byte b = data[i];
        if (state < ID_LINE.length) {
          state = b == ID_LINE[state] ? state + 1 : (b == '\n' ? 1 : 0);
          id = 0;
        } else if (b >= '0' && b <= '9') {
          id = id * 10 + (b - '0');
        } else {
          if (id >= 1 && id <= events && received[client][(int) id] == 0) {
            received[client][(int) id] = now;
            if (id == events) {
              complete++;
            }
          }
          state = b == '\n' ? 1 : 0;
          id = 0;
        }
      }
      matched[client] = state;
      number[client] = id;
    }

    void awaitAll(Duration wait) throws InterruptedException {
      long deadline = System.nanoTime() + wait.toNanos();
      while (complete < channels.size() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(200); // the reader's last notes
    }

    long missing() {
      long missing = 0;
      for (long[] client : received) {
        for (int id = 1; id <= events; id++) {
          if (client[id] == 0) {
            missing++;
          }
        }
      }
      return missing;
    }

    long[] delays(long[] published) {
      long[] delays = new long[channels.size() * events];
      int n = 0;
      for (long[] client : received) {
        for (int id = 1; id <= events; id++) {
          if (client[id] != 0) {
            delays[n++] = client[id] - published[id];
          }
        }
      }
      return Arrays.copyOf(delays, n);
    }

    String worstByTenth(long[] published) {
      List<Long> worst = new ArrayList<>();
      int tenth = events / 10;
      for (int start = 1; start <= events; start += tenth) {
        long max = 0;
        for (long[] client : received) {
          for (int id = start; id < Math.min(events + 1, start + tenth); id++) {
            if (client[id] != 0) {
              max = Math.max(max, client[id] - published[id]);
            }
          }
        }
        worst.add(max / 1_000_000);
      }
      return worst.toString();
    }

    long bytesRead() {
      return bytes;
    }

    @Override
    public void close() throws IOException {
      reader.interrupt();
      try {
        reader.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (SocketChannel channel : channels) {
        channel.close();
      }
      selector.close();
    }
  }
}
