package io.mrrlens.importing;

import java.util.HashMap;
import java.util.Map;

/** The IDs seen so far in the files of one kind, with where each was first seen. */
final class IdRegistry {
  private record Seen(String file, long line) {}

  private final Map<String, Seen> seen = new HashMap<>();

  /**
   * Registers an ID; returns null when it is new, else where it was first seen ("line 3" in the
   * same file, "tickets-2025.csv:3" in another).
   */
  String register(String id, String file, long line) {
    Seen first = seen.putIfAbsent(id, new Seen(file, line));
    // A file read again (its date pattern or number format decided) registers its rows anew.
    if (first == null || (first.line == line && first.file.equals(file))) {
      return null;
    }
    return first.file.equals(file) ? "line " + first.line : first.file + ":" + first.line;
  }
}
