package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The persistent vector against an oracle of plain array copies, at sizes on either side of each
 * trie level (16 slots, 256, 4,096, 65,536): every slot readable, writable and emptiable; every old
 * version unchanged by later writes; indices outside the vector refused. The property runs on 1,000
 * generated scripts (fewer only under mutation testing, which sets the system property {@code
 * psephos.examples}).
 */
class PersistentVectorTest {
  private static final int EXAMPLES = Integer.getInteger("psephos.examples", 1000);

  private static final List<Integer> SIZES = List.of(0, 1, 15, 16, 17, 256, 257, 4096, 4097, 65537);

  /** Indices where the trie changes node or level. */
  private static final List<Integer> EDGES =
      List.of(0, 1, 14, 15, 16, 17, 31, 32, 255, 256, 257, 4095, 4096, 4097, 65535, 65536);

  /** One update: a slot and its new value (null empties it). */
  record Write(int index, @Nullable String value) {}

  record Script(int size, List<Write> writes) {}

  private static Gen<Script> scripts() {
    return in -> {
      int size = ElectionGenerators.pick(in, SIZES);
      List<Write> writes = new ArrayList<>();
      int count = size == 0 ? 0 : ElectionGenerators.between(in, 1, 64);
      for (int w = 0; w < count; w++) {
        int index;
        if (ElectionGenerators.oneIn(in, 3)) {
          index = Math.min(size - 1, ElectionGenerators.pick(in, EDGES));
        } else {
          index = ElectionGenerators.between(in, 0, size - 1);
        }
        String value =
            ElectionGenerators.oneIn(in, 4) ? null : "v" + ElectionGenerators.between(in, 0, 9);
        writes.add(new Write(index, value));
      }
      return new Script(size, writes);
    };
  }

  private static void assertSame(PersistentVector<String> vector, @Nullable String[] oracle) {
    assertThat(vector.size()).isEqualTo(oracle.length);
    for (int i = 0; i < oracle.length; i++) {
      if (!java.util.Objects.equals(vector.get(i), oracle[i])) {
        assertThat(vector.get(i)).as("slot %d of %d", i, oracle.length).isEqualTo(oracle[i]);
      }
    }
  }

  @Test
  void randomWritesMatchArrayCopiesAndLeaveEveryOldVersionUnchanged() {
    int[] sizesSeen = new int[SIZES.size()];
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              sizesSeen[SIZES.indexOf(script.size())]++;
              List<PersistentVector<String>> versions = new ArrayList<>();
              List<@Nullable String[]> oracles = new ArrayList<>();
              PersistentVector<String> vector = PersistentVector.ofSize(script.size());
              @Nullable String[] oracle = new String[script.size()];
              versions.add(vector);
              oracles.add(oracle);
              for (Write write : script.writes()) {
                vector = vector.set(write.index(), write.value());
                oracle = Arrays.copyOf(oracle, oracle.length);
                oracle[write.index()] = write.value();
                assertThat(vector.get(write.index())).isEqualTo(write.value());
                versions.add(vector);
                oracles.add(oracle);
              }
              for (int v = 0; v < versions.size(); v++) {
                assertSame(versions.get(v), oracles.get(v));
              }
            });
    assertThat(sizesSeen).as("examples per size %s", SIZES).doesNotContain(0);
  }

  @Test
  void everySlotOfEverySizeCanBeFilledAndEmptiedAgain() {
    for (int size : SIZES) {
      PersistentVector<String> empty = PersistentVector.ofSize(size);
      @Nullable String[] oracle = new String[size];
      assertSame(empty, oracle);

      PersistentVector<String> full = empty;
      for (int i = 0; i < size; i++) {
        full = full.set(i, "slot " + i);
        oracle[i] = "slot " + i;
      }
      assertSame(full, oracle);

      PersistentVector<String> halfEmptied = full;
      @Nullable String[] halfOracle = Arrays.copyOf(oracle, size);
      for (int i = 0; i < size; i += 2) {
        halfEmptied = halfEmptied.set(i, null);
        halfOracle[i] = null;
      }
      assertSame(halfEmptied, halfOracle);
      assertSame(full, oracle);
      assertSame(empty, new String[size]);
    }
  }

  @Test
  void indicesOutsideTheVectorAreRefused() {
    for (int size : SIZES) {
      PersistentVector<String> vector = PersistentVector.ofSize(size);
      for (int index : List.of(-1, size, size + 1, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
        assertThatThrownBy(() -> vector.get(index))
            .as("get(%d) of size %d", index, size)
            .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> vector.set(index, "x"))
            .as("set(%d) of size %d", index, size)
            .isInstanceOf(IndexOutOfBoundsException.class);
      }
    }
  }

  @Test
  void theTrieIsAsShallowAsTheSizeAllows() {
    // size, levels: one level holds 16 slots, each further level 16 times more
    int[][] table = {
      {0, 1}, {1, 1}, {16, 1}, {17, 2}, {256, 2}, {257, 3}, {4096, 3}, {4097, 4}, {65536, 4},
      {65537, 5}, {1 << 20, 5}, {(1 << 20) + 1, 6}, {1 << 24, 6}, {(1 << 24) + 1, 7},
      {1 << 28, 7}, {(1 << 28) + 1, 8}, {Integer.MAX_VALUE, 8}
    };
    for (int[] row : table) {
      assertThat(PersistentVector.ofSize(row[0]).levels()).as("levels of size %d", row[0])
          .isEqualTo(row[1]);
    }
  }

  @Test
  void anIndexOutsideTheVectorIsNamedWithTheRangeOfSlots() {
    assertThatThrownBy(() -> PersistentVector.ofSize(5).get(5))
        .isExactlyInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index 5 outside 0..4");
    assertThatThrownBy(() -> PersistentVector.ofSize(33).set(-1, "x"))
        .isExactlyInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index -1 outside 0..32");
  }

  @Test
  void aNegativeSizeIsRefused() {
    assertThatThrownBy(() -> PersistentVector.ofSize(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void aSizeBeyondThreeLevelsStillReachesItsLastSlot() {
    // 2^20 + 1 slots need six levels of 16
    int size = (1 << 20) + 1;
    PersistentVector<String> vector = PersistentVector.ofSize(size);
    PersistentVector<String> written = vector.set(size - 1, "last").set(0, "first");
    assertThat(written.get(size - 1)).isEqualTo("last");
    assertThat(written.get(0)).isEqualTo("first");
    assertThat(written.get(1 << 20 >> 1)).isNull();
    assertThat(vector.get(size - 1)).isNull();
  }
}
