package io.mrrlens.model;

import java.util.Collection;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * How far apart two spellings are (Levenshtein distance), used to suggest the setting or client
 * name a user probably meant.
 */
public final class Spelling {
  private Spelling() {}

  /** The number of single-character edits that turn {@code a} into {@code b}. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The candidate closest to {@code word} (first one on ties), or null when there are none. */
  public static String nearest(String word, Collection<String> candidates) {
    return nearestBy(word, candidates, Spelling::distance);
  }

  private static String nearestBy(
      String word, Collection<String> candidates, ToIntBiFunction<String, String> distance) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.applyAsInt(word, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * As {@link #distance}, with two neighbouring letters swapped counting as one edit (the optimal
   * string alignment distance): {@code --fromat} is one edit from {@code --format}.
   */
  public static int typingDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * The name a user most likely meant by {@code typed}: first a name that starts with it, then one
   * that holds each of its words as a word (shortest first, then in order), else the nearest by
   * {@link #typingDistance}; null when there are no names. Compared as written, so callers pass
   * keys of one form ({@code ClientName.keyOf}).
   */
  public static String nearestName(String typed, Collection<String> names) {
    String best = null;
    for (String name : names) {
      if (name.startsWith(typed) && (best == null || name.length() < best.length())) {
        best = name;
      }
    }
    if (best != null) {
      return best;
    }
    List<String> words = List.of(typed.split("\\s+"));
    for (String name : names) {
      if (List.of(name.split("\\s+")).containsAll(words)
          && (best == null || name.length() < best.length())) {
        best = name;
      }
    }
    return best != null ? best : nearestBy(typed, names, Spelling::typingDistance);
  }
}
