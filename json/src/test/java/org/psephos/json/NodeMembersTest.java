package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** An object's members behave as an insertion-ordered map of the same members, at every size. */
class NodeMembersTest {
  private static Node value(int n) {
    Node.Place place = new Node.Place();
    place.line = n;
    return Node.integer(place, n);
  }

  @Test
  void membersActAsAnInsertionOrderedMap() {
    qt().withExamples(2_000)
        .forAll(
            SourceDSL.lists()
                .of(SourceDSL.integers().between(0, 60))
                .ofSizeBetween(0, 40))
        .checkAssert(
            keys -> {
              List<String> names = new ArrayList<>();
              for (int k : new LinkedHashSet<>(keys)) {
                names.add("m" + k);
              }
              NodeMembers members = new NodeMembers();
              Map<String, Node> oracle = new LinkedHashMap<>();
              for (int i = 0; i < names.size(); i++) {
                // a name made afresh, equal but not the same instance, as a parser may give
                String name = new String(names.get(i).toCharArray());
                Node value = value(i);
                assertThat(members.put(name, value)).isNull();
                oracle.put(name, value);
                assertThat(members.size()).isEqualTo(i + 1);
              }
              for (int k = 0; k <= 60; k++) {
                String name = "m" + k;
                assertThat(members.get(name)).as(name).isSameAs(oracle.get(name));
                assertThat(members.containsKey(name)).isEqualTo(oracle.containsKey(name));
              }
              assertThat(members.get("absent")).isNull();
              assertThat(new ArrayList<>(members.entrySet()))
                  .containsExactlyElementsOf(new ArrayList<>(oracle.entrySet()));
              assertThat(new ArrayList<>(members.values()))
                  .containsExactlyElementsOf(new ArrayList<>(oracle.values()));
              assertThat(members).isEqualTo(oracle);
            });
  }

  @Test
  void largeObjectsAreIndexedAndStillInOrder() {
    NodeMembers members = new NodeMembers();
    for (int i = 0; i < NodeMembers.SCAN_LIMIT * 3; i++) {
      members.put("k" + i, value(i));
    }
    assertThat(java.util.Objects.requireNonNull(members.get("k0")).line).isZero();
    assertThat(java.util.Objects.requireNonNull(members.get("k23")).line).isEqualTo(23);
    assertThat(members.keySet()).startsWith("k0", "k1", "k2").endsWith("k23");
  }
}
