package org.psephos.feeds.tables;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.PartyAliases;
import org.psephos.Ward;

/**
 * The {@link Election} a candidate table implies, with a report of what it could not carry over
 * from a previous table.
 *
 * <ul>
 *   <li><b>Councils</b>: one contest per council code of the table (ONS GSS codes, whose prefix
 *       gives the council's type), in the order they first appear. A table gives the seats fought
 *       and nothing of the seats not up, so each council is the part of it that polled: its size
 *       is the seats its ballots elect, all of them contested. Control is therefore decided on the
 *       seats fought, which is the council's control only where every seat was up.
 *   <li><b>Wards</b>: one per ballot (a by-election the same day is a second ward, {@code
 *       <code>.by}), its seats the number elected.
 *   <li><b>Parties</b>: each party code resolved through a key of parties and aliases (a party's
 *       id, an alias, or a party's name or short name, as {@link Election#resolveParty} does). A
 *       code the key does not resolve is an error naming it, unless {@link
 *       Builder#ownPartyForUnknownCodes()} was asked for: the code is then a party of its own
 *       (never an "Other"), listed in {@link #partiesOfTheirOwn()}.
 *   <li><b>Previous result</b>: without a previous table, none: every contest has no previous
 *       result, so the standings report seats and control and no changes. Given the previous table
 *       of the same cycle (the same seats fought four years before), a council whose wards are
 *       exactly the wards it fought then (by ward code) has, ward by ward, the seats each party won
 *       then as its seats defended, and their sum as its previous composition; changes follow. A
 *       council with a ward that was not fought then, or that fought a ward then which it does not
 *       fight now (boundary changes, a by-election), or that is not in the previous table, has no
 *       previous result, and the report names it and each such ward: wards are never matched by
 *       guess. By-election ballots of the previous table ({@code .by}) are not seats as last
 *       fought of any ward and are left out of it.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TableElection {
  private final Election election;
  private final List<String> report;
  private final List<Party> ownParties;

  private TableElection(Election election, List<String> report, List<Party> ownParties) {
    this.election = election;
    this.report = List.copyOf(report);
    this.ownParties = List.copyOf(ownParties);
  }

  /**
   * A builder of the election a table implies.
   *
   * @param id the election's id, such as {@code local.2019-05-02}
   * @param date the polling day
   * @param name the display name
   * @return the builder
   */
  public static Builder builder(String id, LocalDate date, String name) {
    return new Builder(id, date, name);
  }

  /**
   * The election.
   *
   * @return the election
   */
  public Election election() {
    return election;
  }

  /**
   * What the election could not take from a previous table, in table order: each council without
   * a previous result and why, naming each ward not matched; empty without a previous table.
   *
   * @return an unmodifiable list
   */
  public List<String> report() {
    return report;
  }

  /**
   * The parties made of codes the key does not resolve ({@link Builder#ownPartyForUnknownCodes()}),
   * in the order first met (the previous table's first): each named by its code.
   *
   * @return an unmodifiable list
   */
  public List<Party> partiesOfTheirOwn() {
    return ownParties;
  }

  /**
   * The councils given a previous result from the previous table, by code, in table order; empty
   * without a previous table.
   *
   * @return an unmodifiable list of council ids
   */
  public List<String> councilsWithPreviousResult() {
    List<String> ids = new ArrayList<>();
    for (Contest contest : election.contests()) {
      if (contest.hasPreviousResult()) {
        ids.add(contest.council().id());
      }
    }
    return List.copyOf(ids);
  }

  @Override
  public String toString() {
    return "TableElection[" + election + ", " + report.size() + " report lines]";
  }

  /** Builds a {@link TableElection}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final LocalDate date;
    private final String name;
    private final List<Party> keyParties = new ArrayList<>();
    private final PartyAliases.Builder keyAliases = PartyAliases.builder();
    private boolean ownParties;
    private @Nullable CandidateTable previous;

    private Builder(String id, LocalDate date, String name) {
      this.id = requireNonNull(id, "id");
      this.date = requireNonNull(date, "date");
      this.name = requireNonNull(name, "name");
    }

    /**
     * Adds parties to the key the table's party codes resolve through, in display order.
     *
     * @param parties the parties
     * @return this builder
     */
    public Builder parties(Party... parties) {
      for (Party party : parties) {
        keyParties.add(requireNonNull(party, "party"));
      }
      return this;
    }

    /**
     * Adds an alias to the key: a party code (or description) and the party it stands for.
     *
     * @param code the code, as the table spells it
     * @param party its party, one of {@link #parties}
     * @return this builder
     * @throws org.psephos.InvalidValueException if the code breaks the core's name rules or was
     *     already given (case and runs of white space ignored)
     */
    public Builder alias(String code, Party party) {
      keyAliases.alias(code, party);
      return this;
    }

    /**
     * Makes each party code the key does not resolve a party of its own (id the code with white
     * space made hyphens, name and short name the code, cohesive), listed in {@link
     * TableElection#partiesOfTheirOwn()}, instead of an error.
     *
     * @return this builder
     */
    public Builder ownPartyForUnknownCodes() {
      this.ownParties = true;
      return this;
    }

    /**
     * Sets the previous table of the same cycle, from which seats as last fought are taken ward by
     * ward.
     *
     * @param table the previous table
     * @return this builder
     */
    public Builder previous(CandidateTable table) {
      this.previous = requireNonNull(table, "table");
      return this;
    }

    /**
     * Builds the election the table implies.
     *
     * @param table the table
     * @return the election and its report
     * @throws TableFormatException naming the file, line, column and value: {@code UNKNOWN_PARTY}
     *     for a party code the key does not resolve (unless own parties were asked for), {@code
     *     UNKNOWN_COUNCIL} for a council code that is not an ONS GSS council code, {@code
     *     INVALID_WARD} for a council or ward the core rejects (its message follows)
     */
    public TableElection build(CandidateTable table) {
      requireNonNull(table, "table");
      List<String> report = new ArrayList<>();
      Parties parties = new Parties(keyParties, keyAliases.build(), ownParties);
      Map<String, List<TableWard>> byCouncil = byCouncil(table);
      Map<String, Map<String, TableWard>> before = new LinkedHashMap<>();
      if (previous != null) {
        for (TableWard ward : previous.wards()) {
          if (!ward.wardId().endsWith(".by")) {
            before.computeIfAbsent(ward.councilId(), c -> new LinkedHashMap<>())
                .put(ward.wardId(), ward);
          }
        }
      }
      List<Contest> contests = new ArrayList<>();
      for (Map.Entry<String, List<TableWard>> entry : byCouncil.entrySet()) {
        List<TableWard> wards = entry.getValue();
        Map<String, TableWard> then =
            previous == null ? null : matched(wards, before.get(entry.getKey()), report);
        contests.add(
            contest(table, wards, then, parties, previous == null ? table : previous));
      }
      // every code of both tables resolved before the election is built
      if (previous != null) {
        for (TableWard ward : previous.wards()) {
          for (TableCandidate candidate : ward.candidates()) {
            parties.resolve(previous, ward, candidate);
          }
        }
      }
      for (TableWard ward : table.wards()) {
        for (TableCandidate candidate : ward.candidates()) {
          parties.resolve(table, ward, candidate);
        }
      }
      Election.Builder election = Election.builder(id, date, name);
      try {
        parties.addTo(election);
        contests.forEach(election::contest);
        return new TableElection(election.build(), report, parties.own);
      } catch (ElectionDataException e) {
        TableWard first = table.wards().isEmpty() ? null : table.wards().get(0);
        throw invalid(table, first == null ? 0 : first.line(), e, DataSubject.none());
      }
    }

    private static Map<String, List<TableWard>> byCouncil(CandidateTable table) {
      Map<String, List<TableWard>> byCouncil = new LinkedHashMap<>();
      for (TableWard ward : table.wards()) {
        byCouncil.computeIfAbsent(ward.councilId(), c -> new ArrayList<>()).add(ward);
      }
      return byCouncil;
    }

    /**
     * The previous table's wards of a council when they are exactly the council's wards now, or
     * null (then the report says why).
     */
    private static @Nullable Map<String, TableWard> matched(
        List<TableWard> wards, @Nullable Map<String, TableWard> then, List<String> report) {
      TableWard first = wards.get(0);
      String council = first.councilName() + " (" + first.councilId() + ")";
      if (then == null) {
        report.add(council + ": not in the previous table; no previous result");
        return null;
      }
      List<String> unmatched = new ArrayList<>();
      Set<String> now = new LinkedHashSet<>();
      for (TableWard ward : wards) {
        now.add(ward.wardId());
        if (!then.containsKey(ward.wardId())) {
          unmatched.add(
              "ward " + ward.wardName() + " (" + ward.wardId() + ") is not in the previous table");
        }
      }
      for (TableWard ward : then.values()) {
        if (!now.contains(ward.wardId())) {
          unmatched.add(
              "ward " + ward.wardName() + " (" + ward.wardId() + ") of the previous table is not"
                  + " fought now");
        }
      }
      if (unmatched.isEmpty()) {
        return then;
      }
      report.add(council + ": no previous result: " + String.join("; ", unmatched));
      return null;
    }

    private static Contest contest(
        CandidateTable table,
        List<TableWard> wards,
        @Nullable Map<String, TableWard> then,
        Parties parties,
        CandidateTable previousTable) {
      TableWard first = wards.get(0);
      DataSubject subject = DataSubject.none().withCouncil(first.councilId());
      Optional<CouncilType> type = CouncilType.ofGssCode(first.councilId());
      if (type.isEmpty()) {
        throw new TableFormatException(
            TableFormatException.Kind.UNKNOWN_COUNCIL,
            table.file(),
            first.line(),
            table.councilColumn(),
            first.councilId(),
            first.councilName() + ": \"" + first.councilId() + "\" is not an ONS GSS council"
                + " code (E06, E07, E08, E09, E10, W06, S12 or N09), so the council's type is"
                + " unknown",
            subject);
      }
      int size = 0;
      for (TableWard ward : wards) {
        size += ward.seats();
      }
      List<Ward> made = new ArrayList<>();
      Composition defended = Composition.empty();
      TableWard current = first;
      try {
        Council council = Council.of(first.councilId(), first.councilName(), type.get(), size);
        for (TableWard ward : wards) {
          current = ward;
          Composition wardDefended = Composition.empty();
          if (then != null) {
            TableWard last = requireNonNull(then.get(ward.wardId()), ward.wardId());
            Composition.Builder won = Composition.builder();
            Map<Party, Integer> seats = new LinkedHashMap<>();
            for (TableCandidate candidate : last.flaggedElected()) {
              seats.merge(parties.resolve(previousTable, last, candidate), 1, Integer::sum);
            }
            seats.forEach(won::seats);
            wardDefended = won.build();
            defended = defended.plus(wardDefended);
          }
          made.add(Ward.of(ward.wardId(), ward.wardName(), ward.seats(), wardDefended));
        }
        current = first;
        Contest.Builder contest = Contest.builder(council).wards(made);
        if (then == null) {
          contest.noPreviousResult();
        } else {
          contest.previous(defended).defended(defended);
        }
        return contest.build();
      } catch (ElectionDataException e) {
        throw invalid(
            table, current.line(), e, subject.withWard(current.wardId()));
      }
    }

    private static TableFormatException invalid(
        CandidateTable table, long line, ElectionDataException cause, DataSubject subject) {
      TableFormatException e =
          new TableFormatException(
              TableFormatException.Kind.INVALID_WARD,
              table.file(),
              line,
              0,
              "",
              String.valueOf(cause.getMessage()),
              cause.subject().councilId().isPresent() ? cause.subject() : subject);
      e.initCause(cause);
      return e;
    }
  }

  /** The key, and the parties the tables' codes resolved to, in the order first used. */
  private static final class Parties {
    private final List<Party> key;
    private final Map<String, Party> byId = new LinkedHashMap<>();
    private final PartyAliases aliases;
    private final boolean ownParties;
    private final Map<String, Party> byCode = new LinkedHashMap<>();
    private final Set<Party> used = new LinkedHashSet<>();
    private final List<Party> own = new ArrayList<>();

    Parties(List<Party> key, PartyAliases aliases, boolean ownParties) {
      this.key = List.copyOf(key);
      for (Party party : key) {
        byId.putIfAbsent(party.id(), party);
      }
      this.aliases = aliases;
      this.ownParties = ownParties;
    }

    Party resolve(CandidateTable table, TableWard ward, TableCandidate candidate) {
      String code = candidate.partyCode();
      Party party = byCode.get(code);
      if (party != null) {
        return party;
      }
      party = fromKey(code);
      if (party == null) {
        if (!ownParties) {
          throw new TableFormatException(
              TableFormatException.Kind.UNKNOWN_PARTY,
              table.file(),
              candidate.line(),
              table.partyColumn(),
              code,
              ward.label() + ": candidate " + candidate.name() + " stands for party code \""
                  + code + "\", which is neither a party nor an alias of the party key",
              DataSubject.none()
                  .withCouncil(ward.councilId())
                  .withWard(ward.wardId())
                  .withCandidate(candidate.name()));
        }
        party = Party.of(code.trim().replaceAll("\\s+", "-"), code, code);
        own.add(party);
      }
      byCode.put(code, party);
      used.add(party);
      return party;
    }

    private @Nullable Party fromKey(String code) {
      Party party = byId.get(code);
      if (party != null) {
        return party;
      }
      Optional<Party> alias = aliases.resolve(code);
      if (alias.isPresent()) {
        return alias.get();
      }
      String wanted = key(code);
      for (Party candidate : key) {
        if (key(candidate.name()).equals(wanted)
            || key(candidate.shortName()).equals(wanted)) {
          return candidate;
        }
      }
      return null;
    }

    /** A name compared as the core compares party names: case and runs of white space ignored. */
    private static String key(String name) {
      return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The parties used (key order, then own parties), with the aliases the codes need. */
    void addTo(Election.Builder election) {
      for (Party party : key) {
        if (used.contains(party)) {
          election.parties(party);
        }
      }
      for (Party party : own) {
        election.parties(party);
      }
      for (Map.Entry<String, Party> alias : aliases.asMap().entrySet()) {
        if (used.contains(alias.getValue())) {
          election.alias(alias.getKey(), alias.getValue());
        }
      }
    }
  }
}
