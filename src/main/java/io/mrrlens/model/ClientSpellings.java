package io.mrrlens.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for a client's name when the books spell it several ways (spellings are the same
 * client when their {@link ClientName#keyOf keys} are equal): the spelling the clients list uses
 * most, else the one used most across the books, ties to the first in alphabetical order, so that
 * the order of rows and files never changes a name. The importer applies it to what it read (after
 * the config's aliases, which win); the analysis applies it again to books built by hand.
 */
public final class ClientSpellings {
  /** Per key, per spelling: {uses in the clients list, uses elsewhere}. */
  private final Map<String, Map<String, long[]>> byKey = new HashMap<>();

  /** Counts uses of a spelling, in the clients list or elsewhere in the books. */
  public void count(String spelling, boolean clientsList, long uses) {
    byKey.computeIfAbsent(ClientName.keyOf(spelling), k -> new HashMap<>())
            .computeIfAbsent(spelling, s -> new long[2])[clientsList ? 0 : 1] +=
        uses;
  }

  /** The keys of the clients counted. */
  public Set<String> keys() {
    return byKey.keySet();
  }

  /** The spellings counted for a key. */
  public Set<String> spellings(String key) {
    return byKey.get(key).keySet();
  }

  /** The name of the client of a key, by the rule above. */
  public String name(String key) {
    String best = null;
    long[] most = null;
    for (Map.Entry<String, long[]> entry : byKey.get(key).entrySet()) {
      long[] counts = entry.getValue();
      int order = most == null ? 1 : Long.compare(counts[0], most[0]);
      if (order == 0) {
        order = Long.compare(counts[1], most[1]);
      }
      if (order == 0) {
        order = best.compareTo(entry.getKey());
      }
      if (order > 0) {
        best = entry.getKey();
        most = counts;
      }
    }
    return best;
  }
}
