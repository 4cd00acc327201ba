package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which parties may control a council. A council is controlled by a party that holds a strict
 * majority of its seats <em>and</em> that this rule allows to control it.
 *
 * <p>The default, {@link #cohesiveOnly()}, allows exactly the {@linkplain Party#cohesive()
 * cohesive} parties, so independents, who are not a group, never control a council however many
 * seats they hold. {@link #anyParty()} lets every party control. Per-council overrides record local
 * facts, such as a council where an independent group does run the council: {@link
 * #withCohesiveIn}, {@link #withNonCohesiveIn}.
 *
 * <p>Equal by value. Immutable and thread-safe.
 */
public final class ControlRule {
  private static final ControlRule COHESIVE_ONLY = new ControlRule(false, Map.of());
  private static final ControlRule ANY_PARTY = new ControlRule(true, Map.of());

  private final boolean anyParty;
  /** Council id to (party id to whether that party may control that council). */
  private final Map<String, Map<String, Boolean>> overrides;

  private ControlRule(boolean anyParty, Map<String, Map<String, Boolean>> overrides) {
    this.anyParty = anyParty;
    this.overrides = overrides;
  }

  /**
   * The default rule: only cohesive parties may control a council.
   *
   * @return the rule
   */
  public static ControlRule cohesiveOnly() {
    return COHESIVE_ONLY;
  }

  /**
   * Every party, cohesive or not, may control a council.
   *
   * @return the rule
   */
  public static ControlRule anyParty() {
    return ANY_PARTY;
  }

  /**
   * This rule, with the party treated as cohesive in one council (for example an independent group
   * that runs that council).
   *
   * @param council the council
   * @param party the party that may control it
   * @return the amended rule
   */
  public ControlRule withCohesiveIn(Council council, Party party) {
    return withOverride(council, party, true);
  }

  /**
   * This rule, with the party treated as not cohesive in one council.
   *
   * @param council the council
   * @param party the party that may not control it
   * @return the amended rule
   */
  public ControlRule withNonCohesiveIn(Council council, Party party) {
    return withOverride(council, party, false);
  }

  private ControlRule withOverride(Council council, Party party, boolean canControl) {
    requireNonNull(council, "council");
    requireNonNull(party, "party");
    Map<String, Map<String, Boolean>> copy = new TreeMap<>(overrides);
    Map<String, Boolean> forCouncil = new TreeMap<>(copy.getOrDefault(council.id(), Map.of()));
    forCouncil.put(party.id(), canControl);
    copy.put(council.id(), Collections.unmodifiableMap(forCouncil));
    return new ControlRule(anyParty, Collections.unmodifiableMap(copy));
  }

  /**
   * Whether a party may control a council: the override for that council if one was given,
   * otherwise the party's cohesion (or always, under {@link #anyParty()}).
   *
   * @param council the council
   * @param party the party
   * @return true if the party controls the council when it holds a majority
   */
  public boolean canControl(Council council, Party party) {
    Map<String, Boolean> forCouncil = overrides.get(council.id());
    if (forCouncil != null) {
      Boolean override = forCouncil.get(party.id());
      if (override != null) {
        return override;
      }
    }
    return anyParty || party.cohesive();
  }

  /**
   * The councils with overrides, by council id, each with its party ids and whether they may
   * control; both levels sorted by id.
   *
   * @return an unmodifiable map
   */
  public Map<String, Map<String, Boolean>> overrides() {
    return overrides;
  }

  /**
   * Whether every party may control, cohesive or not, where no override says otherwise.
   *
   * @return true for {@link #anyParty()} and its amendments
   */
  public boolean allowsAnyParty() {
    return anyParty;
  }

  /**
   * The council ids that have an override.
   *
   * @return an unmodifiable set
   */
  public Set<String> councilsOverridden() {
    return overrides.keySet();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ControlRule other
        && anyParty == other.anyParty
        && overrides.equals(other.overrides);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(anyParty) * 31 + overrides.hashCode();
  }

  @Override
  public String toString() {
    return "ControlRule[" + (anyParty ? "anyParty" : "cohesiveOnly") + ", overrides=" + overrides + "]";
  }
}
