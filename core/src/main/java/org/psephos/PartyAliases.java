package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A data-driven mapping from a candidate's description or party id to its reporting party: joint
 * descriptions ("Labour and Co-operative Party", Democracy Club's {@code "joint-party:53-119"})
 * count under one party, and many residents' associations can be grouped into one reporting party.
 * The mapping is supplied by the user; none is built in.
 *
 * <p>Matching ignores case and runs of white space: {@code "labour  and co-operative party"}
 * matches the alias {@code "Labour and Co-operative Party"}. An alias maps to exactly one party.
 *
 * <p>Each alias is a name by the rules of {@link Checks}. Aliases iterate in the order they were
 * given. Equal by value; {@link #toString} is canonical. Immutable and thread-safe.
 */
public final class PartyAliases {
  private static final PartyAliases EMPTY = new PartyAliases(Map.of(), Map.of());

  private final Map<String, Party> aliases;
  private final Map<String, Party> byKey;

  private PartyAliases(Map<String, Party> aliases, Map<String, Party> byKey) {
    this.aliases = aliases;
    this.byKey = byKey;
  }

  /**
   * No aliases.
   *
   * @return the empty mapping
   */
  public static PartyAliases empty() {
    return EMPTY;
  }

  /**
   * A mapping from the given aliases.
   *
   * @param aliases alias to reporting party, in the order to keep
   * @return the mapping
   * @throws InvalidValueException if an alias breaks the name rules of {@link Checks}, or two
   *     aliases are the same once case and spacing are ignored
   */
  public static PartyAliases of(Map<String, Party> aliases) {
    Builder builder = builder();
    aliases.forEach(builder::alias);
    return builder.build();
  }

  /**
   * A builder of aliases.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The reporting party of a description or id.
   *
   * @param description a candidate's party description or a party id
   * @return the party it maps to, or empty if it is not an alias
   */
  public Optional<Party> resolve(String description) {
    return Optional.ofNullable(byKey.get(key(description)));
  }

  /**
   * The aliases as given, each with its party.
   *
   * @return an unmodifiable map in the order given
   */
  public Map<String, Party> asMap() {
    return aliases;
  }

  /**
   * The number of aliases.
   *
   * @return the count
   */
  public int size() {
    return aliases.size();
  }

  static String key(String description) {
    return description.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PartyAliases other && aliases.equals(other.aliases);
  }

  @Override
  public int hashCode() {
    return aliases.hashCode();
  }

  /**
   * The canonical form: each alias with the id of its party, aliases in {@link String#compareTo}
   * order, so that equal mappings print the same.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("PartyAliases[");
    String separator = "";
    for (Map.Entry<String, Party> entry : new TreeMap<>(aliases).entrySet()) {
      text.append(separator).append(entry.getKey()).append(" -> ").append(entry.getValue().id());
      separator = ", ";
    }
    return text.append(']').toString();
  }

  /** Builds {@link PartyAliases}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Party> aliases = new LinkedHashMap<>();
    private final Map<String, Party> byKey = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Maps an alias to a reporting party.
     *
     * @param alias a description or id, not blank
     * @param party the reporting party
     * @return this builder
     * @throws InvalidValueException if the alias breaks the name rules of {@link Checks}, or was
     *     already given (ignoring case and spacing)
     */
    public Builder alias(String alias, Party party) {
      requireNonNull(alias, "alias");
      requireNonNull(party, "party");
      Checks.requireName(alias, "alias of party " + party.label(), DataSubject.party(party));
      Party earlier = byKey.putIfAbsent(key(alias), party);
      if (earlier != null) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "alias",
            "alias \""
                + alias
                + "\" is listed twice (for "
                + earlier.label()
                + " and for "
                + party.label()
                + ")",
            DataSubject.party(party));
      }
      aliases.put(alias, party);
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the aliases
     */
    public PartyAliases build() {
      if (aliases.isEmpty()) {
        return EMPTY;
      }
      return new PartyAliases(
          Collections.unmodifiableMap(new LinkedHashMap<>(aliases)),
          Collections.unmodifiableMap(new LinkedHashMap<>(byKey)));
    }
  }
}
