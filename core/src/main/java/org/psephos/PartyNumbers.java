package org.psephos;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map of party to a whole number (seats, votes) kept as two arrays, in the order
 * the parties were given: what {@link Composition#asMap()} and a {@link Ward}'s previous votes
 * return, without a hash table per map. The numbers are kept boxed, as given, so that reading the
 * map boxes nothing. A party is looked up by comparing the few parties one by one; beyond {@link
 * #SCANNED} a table by party is made on the first look-up.
 *
 * <p>The arrays are taken as they are, not copied: the caller hands over arrays that nothing
 * changes afterwards, of the same length, with no party twice. Immutable and thread-safe (the table
 * is published through an unmodifiable wrapper's final field).
 */
final class PartyNumbers extends AbstractMap<Party, Integer> {
  /** The most parties looked up one by one. */
  static final int SCANNED = 8;

  private final Party[] parties;
  private final Integer[] numbers;
  private @Nullable Map<Party, Integer> table;

  /**
   * The map of {@code parties[i]} to {@code numbers[i]}.
   *
   * @param parties the parties, distinct, never changed afterwards
   * @param numbers their numbers, as many, never changed afterwards
   */
  PartyNumbers(Party[] parties, Integer[] numbers) {
    if (parties.length != numbers.length) {
      throw new IllegalArgumentException(
          parties.length + " parties but " + numbers.length + " numbers");
    }
    this.parties = parties;
    this.numbers = numbers;
  }

  @Override
  public int size() {
    return parties.length;
  }

  @Override
  public boolean isEmpty() {
    return parties.length == 0;
  }

  @Override
  public @Nullable Integer get(@Nullable Object key) {
    if (!(key instanceof Party)) {
      return null;
    }
    if (parties.length > SCANNED) {
      return table().get(key);
    }
    for (int i = 0; i < parties.length; i++) {
      if (parties[i].equals(key)) {
        return numbers[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
  }

  private Map<Party, Integer> table() {
    Map<Party, Integer> made = table;
    if (made == null) {
      Map<Party, Integer> byParty = new HashMap<>(parties.length * 2);
      for (int i = 0; i < parties.length; i++) {
        byParty.put(parties[i], numbers[i]);
      }
      made = Collections.unmodifiableMap(byParty);
      table = made;
    }
    return made;
  }

  @Override
  public void forEach(BiConsumer<? super Party, ? super Integer> action) {
    for (int i = 0; i < parties.length; i++) {
      action.accept(parties[i], numbers[i]);
    }
  }

  /** The entries, in order; unmodifiable. */
  @Override
  public Set<Map.Entry<Party, Integer>> entrySet() {
    return new InOrder<>() {
      @Override
      Map.Entry<Party, Integer> at(int i) {
        return new AbstractMap.SimpleImmutableEntry<>(parties[i], numbers[i]);
      }
    };
  }

  /** The parties, in order, without an entry made per party; unmodifiable. */
  @Override
  public Set<Party> keySet() {
    return new InOrder<>() {
      @Override
      Party at(int i) {
        return parties[i];
      }

      @Override
      public boolean contains(@Nullable Object o) {
        return containsKey(o);
      }
    };
  }

  /** As {@link Map#hashCode()} says, from the arrays: each party's hash code xor its number. */
  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < parties.length; i++) {
      hash += parties[i].hashCode() ^ numbers[i].hashCode();
    }
    return hash;
  }

  /** A view of something per position, in the parties' order; unmodifiable. */
  private abstract class InOrder<T> extends AbstractSet<T> {
    /** What the view holds at position {@code i}. */
    abstract T at(int i);

    @Override
    public int size() {
      return parties.length;
    }

    @Override
    public Iterator<T> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < parties.length;
        }

        @Override
        public T next() {
          if (next >= parties.length) {
            throw new NoSuchElementException();
          }
          return at(next++);
        }
      };
    }
  }
}
