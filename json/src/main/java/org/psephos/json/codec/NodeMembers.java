package org.psephos.json.codec;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The members of a JSON object as read: in document order, found by name. Most objects of the
 * format have a handful of members, so they are kept in an array and found by a scan; an object
 * with more than {@link #SCAN_LIMIT} members (a large seat map, the aliases) is also indexed by
 * name. Read-only once its object has been read; {@link #put} is for the reader alone.
 */
final class NodeMembers extends AbstractMap<String, Node> {
  static final int SCAN_LIMIT = 8;

  private String[] names = new String[4];
  private Node[] values = new Node[4];
  private int size;
  private @Nullable Map<String, Node> index;

  /** Adds a member whose name is not yet present (the reader checks that first). */
  @Override
  public @Nullable Node put(String name, Node value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    size++;
    Map<String, Node> byName = index;
    if (byName != null) {
      byName.put(name, value);
    } else if (size > SCAN_LIMIT) {
      byName = new HashMap<>(size * 4);
      for (int i = 0; i < size; i++) {
        byName.put(names[i], values[i]);
      }
      index = byName;
    }
    return null;
  }

  @Override
  public @Nullable Node get(@Nullable Object name) {
    Map<String, Node> byName = index;
    if (byName != null) {
      return byName.get(name);
    }
    for (int i = 0; i < size; i++) {
      String candidate = names[i];
      if (candidate == name || candidate.equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(@Nullable Object name) {
    return get(name) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<String, Node>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Node>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, Node> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Node> entry =
                new AbstractMap.SimpleImmutableEntry<>(names[next], values[next]);
            next++;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
