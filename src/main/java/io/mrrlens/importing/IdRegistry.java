package io.mrrlens.importing;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.mrrlens.model.TextColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IDs seen so far in the files of one kind, with where each was first seen. Kept compact (a
 * million IDs are a few tens of megabytes, not an object each): the IDs packed as text, their hash
 * and line in arrays, found through an open-addressing table. IDs are registered file by file, so
 * each file keeps only the number of its first ID, not a number per ID; a line is kept as an int (a
 * line past an int's range, in a file of over two billion lines, is kept aside).
 */
final class IdRegistry {
  private final TextColumn ids = new TextColumn();
  private final List<String> files = new ArrayList<>();

  /** The number of the first ID of each file of {@link #files}. */
  private final List<Integer> fileStarts = new ArrayList<>();

  private int[] hashes = new int[64];
  private int[] lineOf = new int[64];

  /** The lines that do not fit {@link #lineOf} (marked there {@link #WIDE}), by ID number. */
  private final Map<Integer, Long> wideLines = new HashMap<>();

  private static final int WIDE = Integer.MIN_VALUE;
  private int[] slots = emptySlots(128);
  private int size;

  private static int[] emptySlots(int capacity) {
    int[] slots = new int[capacity];
    Arrays.fill(slots, -1);
    return slots;
  }

  /**
   * Makes room for {@code more} IDs than are registered (a file's rows, before it is read), so that
   * the arrays and the table are made once rather than copied to grow as the file is read.
   */
  void expect(int more) {
    int wanted = (int) Math.min((long) size + Math.max(0, more), Integer.MAX_VALUE / 4);
    if (wanted > hashes.length) {
      hashes = Arrays.copyOf(hashes, wanted);
      lineOf = Arrays.copyOf(lineOf, wanted);
    }
    ids.reserve(wanted, wanted * 10L);
    if (wanted * 2 > slots.length) {
      rehash(Integer.highestOneBit(wanted * 2 - 1) * 2);
    }
  }

  /**
   * Registers an ID; returns null when it is new, else where it was first seen ("line 3" in the
   * same file, "tickets-2025.csv:3" in another).
   */
  String register(String id, String file, long line) {
    int hash = id.hashCode();
    byte[] utf8 = id.getBytes(UTF_8);
    int seen = find(hash, utf8);
    if (seen < 0) {
      insert(hash, utf8, file, line);
      return null;
    }
    String first = fileOf(seen);
    long firstLine = lineOf(seen);
    // A file read again (its date pattern or number format decided) registers its rows anew.
    if (firstLine == line && first.equals(file)) {
      return null;
    }
    return first.equals(file) ? "line " + firstLine : first + ":" + firstLine;
  }

  /** The file where the ID numbered {@code i} was first seen. */
  private String fileOf(int i) {
    int k = files.size() - 1;
    while (fileStarts.get(k) > i) {
      k--;
    }
    return files.get(k);
  }

  /** The line where the ID numbered {@code i} was first seen. */
  private long lineOf(int i) {
    int line = lineOf[i];
    return line == WIDE ? wideLines.get(i) : line;
  }

  private void insert(int hash, byte[] utf8, String file, long line) {
    if (size == hashes.length) {
      int grown = size * 2;
      hashes = Arrays.copyOf(hashes, grown);
      lineOf = Arrays.copyOf(lineOf, grown);
    }
    if (files.isEmpty() || !files.get(files.size() - 1).equals(file)) {
      files.add(file);
      fileStarts.add(size);
    }
    ids.addUtf8(utf8);
    hashes[size] = hash;
    if (line > WIDE && line <= Integer.MAX_VALUE) {
      lineOf[size] = (int) line;
    } else {
      lineOf[size] = WIDE;
      wideLines.put(size, line);
    }
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (slots[slot] >= 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = size++;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
  }

  /**
   * Takes in the IDs another registry saw in a later part of the same file, as if registered here
   * in its order; false, with nothing taken in, when one of them was seen here already (the part's
   * rows must then be read again after this registry's).
   */
  boolean absorb(IdRegistry other) {
    // each ID's bytes are copied out where they are used and not kept: a million short arrays
    // kept from one loop to the next would outlive young collections into the old generation
    boolean[] known = new boolean[other.size];
    for (int i = 0; i < other.size; i++) {
      int seen = find(other.hashes[i], other.ids.utf8(i));
      if (seen >= 0) {
        // the same row of a file read again is no repeat
        if (lineOf(seen) != other.lineOf(i) || !fileOf(seen).equals(other.fileOf(i))) {
          return false;
        }
        known[i] = true;
      }
    }
    for (int i = 0; i < other.size; i++) {
      if (!known[i]) {
        insert(other.hashes[i], other.ids.utf8(i), other.fileOf(i), other.lineOf(i));
      }
    }
    return true;
  }

  /** The entry of an ID, or -1. */
  private int find(int hash, byte[] utf8) {
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (slots[slot] >= 0) {
      int seen = slots[slot];
      if (hashes[seen] == hash && ids.hasText(seen, utf8)) {
        return seen;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private void rehash(int capacity) {
    slots = emptySlots(capacity);
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = mix(hashes[i]) & mask;
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i;
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
