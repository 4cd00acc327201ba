package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosModule;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.Party;

/**
 * What a reader knows besides the document: how strict to be, and the election that ids in the
 * document refer to (absent while an election definition itself is read).
 */
final class ReadContext {
  final ReadOptions options;
  private final @Nullable Election election;
  private final Map<String, Party> parties;

  private ReadContext(ReadOptions options, @Nullable Election election, Map<String, Party> parties) {
    this.options = options;
    this.election = election;
    this.parties = parties;
  }

  static ReadContext of(ReadOptions options, @Nullable Election election) {
    Map<String, Party> parties = new LinkedHashMap<>();
    if (election != null) {
      for (Party party : election.parties()) {
        parties.put(party.id(), party);
      }
    }
    return new ReadContext(options, election, parties);
  }

  /** A context resolving party ids against parties being read, before the election exists. */
  static ReadContext withParties(ReadOptions options, List<Party> parties) {
    Map<String, Party> byId = new LinkedHashMap<>();
    for (Party party : parties) {
      byId.putIfAbsent(party.id(), party);
    }
    return new ReadContext(options, null, byId);
  }

  Election election(String reading) {
    if (election == null) {
      throw new IllegalStateException(
          "reading " + reading + " needs the election its ids refer to: read through PsephosJson,"
              + " or set the reader attribute PsephosModule.ELECTION");
    }
    return election;
  }

  /**
   * The party with an id, or a {@link PsephosJsonException} where it is named ({@code whatNames}
   * worked out on failure).
   */
  Party party(String id, Where at, java.util.function.Supplier<String> whatNames) {
    Party party = parties.get(id);
    if (party == null) {
      String where = whatNames.get();
      String electionWords = election == null ? "the election" : "election " + election.id();
      String reason =
          where + " names party \"" + id + "\", which is not a party of " + electionWords;
      throw at.fail(Kind.UNKNOWN_REFERENCE, reason, new org.psephos.UnknownIdException(
              org.psephos.UnknownIdException.Kind.PARTY,
              id,
              reason,
              org.psephos.DataSubject.none().withParty(id)));
    }
    return party;
  }
}
