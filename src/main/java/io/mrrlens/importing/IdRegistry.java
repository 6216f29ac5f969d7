package io.mrrlens.importing;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.mrrlens.model.TextColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The IDs seen so far in the files of one kind, with where each was first seen. Kept compact (a
 * million IDs are a few tens of megabytes, not an object each): the IDs packed as text, their hash,
 * file and line in arrays, found through an open-addressing table.
 */
final class IdRegistry {
  private final TextColumn ids = new TextColumn();
  private final List<String> files = new ArrayList<>();
  private int[] hashes = new int[64];
  private int[] fileOf = new int[64];
  private long[] lineOf = new long[64];
  private int[] slots = emptySlots(128);
  private int size;

  private static int[] emptySlots(int capacity) {
    int[] slots = new int[capacity];
    Arrays.fill(slots, -1);
    return slots;
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
    String first = files.get(fileOf[seen]);
    // A file read again (its date pattern or number format decided) registers its rows anew.
    if (lineOf[seen] == line && first.equals(file)) {
      return null;
    }
    return first.equals(file) ? "line " + lineOf[seen] : first + ":" + lineOf[seen];
  }

  private void insert(int hash, byte[] utf8, String file, long line) {
    if (size == hashes.length) {
      int grown = size * 2;
      hashes = Arrays.copyOf(hashes, grown);
      fileOf = Arrays.copyOf(fileOf, grown);
      lineOf = Arrays.copyOf(lineOf, grown);
    }
    if (files.isEmpty() || !files.get(files.size() - 1).equals(file)) {
      files.add(file);
    }
    ids.addUtf8(utf8);
    hashes[size] = hash;
    fileOf[size] = files.size() - 1;
    lineOf[size] = line;
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (slots[slot] >= 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = size++;
    if (size * 2 > slots.length) {
      rehash();
    }
  }

  /**
   * Takes in the IDs another registry saw in a later part of the same file, as if registered here
   * in its order; false, with nothing taken in, when one of them was seen here already (the part's
   * rows must then be read again after this registry's).
   */
  boolean absorb(IdRegistry other) {
    byte[][] texts = new byte[other.size][];
    boolean[] known = new boolean[other.size];
    for (int i = 0; i < other.size; i++) {
      texts[i] = other.ids.utf8(i);
      int seen = find(other.hashes[i], texts[i]);
      if (seen >= 0) {
        // the same row of a file read again is no repeat
        if (lineOf[seen] != other.lineOf[i]
            || !files.get(fileOf[seen]).equals(other.files.get(other.fileOf[i]))) {
          return false;
        }
        known[i] = true;
      }
    }
    for (int i = 0; i < other.size; i++) {
      if (!known[i]) {
        insert(other.hashes[i], texts[i], other.files.get(other.fileOf[i]), other.lineOf[i]);
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

  private void rehash() {
    slots = emptySlots(slots.length * 2);
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
