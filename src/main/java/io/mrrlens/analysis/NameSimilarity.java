package io.mrrlens.analysis;

import io.mrrlens.model.FileKind;
import io.mrrlens.model.Spelling;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds client names that are probably one client spelled two ways ("Acme Corp." and "ACME
 * Corporation"): a name missing from some files is paired with any other name whose simplified form
 * is equal, or (for forms of six letters or more) one or two letters away. The simplified form
 * drops accents, punctuation, "the", "and" and legal suffixes (Inc, LLC, Ltd, Corp, GmbH, ...).
 */
final class NameSimilarity {
  private static final Set<String> DROPPED =
      Set.of(
          "inc",
          "incorporated",
          "llc",
          "llp",
          "lp",
          "ltd",
          "limited",
          "corp",
          "corporation",
          "co",
          "company",
          "gmbh",
          "ag",
          "plc",
          "pty",
          "sa",
          "srl",
          "bv",
          "the",
          "and");

  /** Above this many name pairs only equal simplified forms are paired. */
  private static final long MAX_FUZZY_PAIRS = 5_000_000L;

  private NameSimilarity() {}

  static String simplify(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ");
    StringBuilder out = new StringBuilder();
    for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !DROPPED.contains(word)) {
        out.append(word);
      }
    }
    return out.toString();
  }

  static List<BookCheck.AliasSuggestion> suggest(
      List<BookCheck.NameMismatch> mismatches, Map<FileKind, Set<String>> byKind) {
    Set<String> all = new TreeSet<>();
    byKind.values().forEach(all::addAll);
    Map<String, String> form = new HashMap<>();
    Map<String, List<String>> byForm = new HashMap<>();
    for (String name : all) {
      String simple = simplify(name);
      form.put(name, simple);
      if (!simple.isEmpty()) {
        byForm.computeIfAbsent(simple, k -> new ArrayList<>()).add(name);
      }
    }
    Map<String, String> parent = new HashMap<>();
    all.forEach(n -> parent.put(n, n));
    boolean fuzzy = (long) mismatches.size() * all.size() <= MAX_FUZZY_PAIRS;
    for (BookCheck.NameMismatch mismatch : mismatches) {
      String name = mismatch.client();
      String simple = form.get(name);
      if (simple.isEmpty()) {
        continue;
      }
      for (String same : byForm.get(simple)) {
        union(parent, name, same);
      }
      if (fuzzy) {
        for (String other : all) {
          if (nearlySame(simple, form.get(other))) {
            union(parent, name, other);
          }
        }
      }
    }
    Map<String, List<String>> groups = new TreeMap<>();
    for (String name : all) {
      groups.computeIfAbsent(find(parent, name), k -> new ArrayList<>()).add(name);
    }
    Set<String> listed = byKind.getOrDefault(FileKind.CLIENTS, Set.of());
    Comparator<String> preferred =
        Comparator.comparing((String n) -> !listed.contains(n))
            .thenComparing(n -> -kindsContaining(byKind, n))
            .thenComparing(Comparator.naturalOrder());
    List<BookCheck.AliasSuggestion> out = new ArrayList<>();
    for (List<String> group : groups.values()) {
      if (group.size() > 1) {
        List<String> sorted = new ArrayList<>(group);
        sorted.sort(preferred);
        out.add(
            new BookCheck.AliasSuggestion(
                sorted.get(0), List.copyOf(sorted.subList(1, sorted.size()))));
      }
    }
    out.sort(Comparator.comparing(BookCheck.AliasSuggestion::client));
    return out;
  }

  /** One or two letters apart, for forms of six letters or more. */
  private static boolean nearlySame(String a, String b) {
    return !a.equals(b)
        && Math.min(a.length(), b.length()) >= 6
        && Math.abs(a.length() - b.length()) <= 2
        && Spelling.distance(a, b) <= 2;
  }

  private static int kindsContaining(Map<FileKind, Set<String>> byKind, String name) {
    return (int) byKind.values().stream().filter(s -> s.contains(name)).count();
  }

  private static String find(Map<String, String> parent, String name) {
    String root = name;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else if (rb.compareTo(ra) < 0) {
      parent.put(ra, rb);
    }
  }
}
