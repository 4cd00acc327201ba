package org.psephos.text;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.psephos.Party;

/**
 * Names parties by the adjective results services use in control outcomes ("Liberal Democrat gain
 * from Conservative"), where a scoreboard keeps the party's name as the election gives it
 * ("Liberal Democrats: 3 councils").
 *
 * <p>The rule: when the last word of a party's name is one of the plural nouns for a party's
 * members in {@link #PLURAL_MEMBER_NOUNS} (Conservatives, Democrats, Greens, Independents,
 * Liberals, Nationalists, Republicans, Socialists, Unionists), it loses its final "s": "Liberal
 * Democrats" reads "Liberal Democrat", "Scottish Greens" "Scottish Green". Any other name is used
 * as it is ("Labour", "Conservative", "Residents", "People's Alliance of Tower Hamlets"). An
 * override by party id ({@link #withOverride}) wins over the rule for parties it does not suit.
 *
 * <p>{@link org.psephos.ControlOutcome#describe()} names parties this way. Immutable and
 * thread-safe.
 */
public final class PartyNames implements Function<Party, String> {
  /** The last words of a name that lose their final "s" in the adjective. */
  public static final Set<String> PLURAL_MEMBER_NOUNS =
      Set.of(
          "Conservatives",
          "Democrats",
          "Greens",
          "Independents",
          "Liberals",
          "Nationalists",
          "Republicans",
          "Socialists",
          "Unionists");

  private static final PartyNames ADJECTIVES = new PartyNames(Map.of());

  private final Map<String, String> overrides;

  private PartyNames(Map<String, String> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * Adjectives by the rule alone.
   *
   * @return the naming
   */
  public static PartyNames adjectives() {
    return ADJECTIVES;
  }

  /**
   * A copy that names one party another way, such as "Lib Dem" for the party with id {@code
   * PP90}; a later override of the same id replaces an earlier one.
   *
   * @param partyId the party's id
   * @param adjective how outcomes name it, not blank
   * @return the copy
   * @throws IllegalArgumentException if the adjective is blank
   */
  public PartyNames withOverride(String partyId, String adjective) {
    requireNonNull(partyId, "partyId");
    requireNonNull(adjective, "adjective");
    if (adjective.isBlank()) {
      throw new IllegalArgumentException(
          "the adjective for party " + partyId + " is blank; give the words outcomes use");
    }
    Map<String, String> copy = new HashMap<>(overrides);
    copy.put(partyId, adjective);
    return new PartyNames(copy);
  }

  /**
   * A copy with several overrides, each as {@link #withOverride} adds it.
   *
   * @param adjectives the adjective by party id
   * @return the copy
   * @throws IllegalArgumentException if an adjective is blank
   */
  public PartyNames withOverrides(Map<String, String> adjectives) {
    PartyNames names = this;
    for (Map.Entry<String, String> entry : requireNonNull(adjectives, "adjectives").entrySet()) {
      names = names.withOverride(entry.getKey(), entry.getValue());
    }
    return names;
  }

  /**
   * The adjective of a party name by the rule alone.
   *
   * @param name the party's name
   * @return the adjective: the name less the final "s" of a plural noun for members, otherwise the
   *     name
   */
  public static String adjective(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return PLURAL_MEMBER_NOUNS.contains(last) ? name.substring(0, name.length() - 1) : name;
  }

  /**
   * How outcomes name a party: its override, or the adjective of its name.
   *
   * @param party the party
   * @return the adjective
   */
  @Override
  public String apply(Party party) {
    String override = overrides.get(party.id());
    return override != null ? override : adjective(party.name());
  }

  @Override
  public String toString() {
    return "PartyNames[overrides=" + new java.util.TreeMap<>(overrides) + "]";
  }
}
