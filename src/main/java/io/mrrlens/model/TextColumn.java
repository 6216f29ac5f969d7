package io.mrrlens.model;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A column of texts that seldom repeat (IDs, summaries), packed as UTF-8 bytes one after another
 * with the end of each: no object per text. A text comes back as an equal {@link String}; null is
 * kept as null.
 */
public final class TextColumn {
  private byte[] bytes;
  private int[] ends;
  private long[] nulls;
  private int size;

  /** An empty column. */
  public TextColumn() {
    this(16, 256);
  }

  /** An empty column with room for {@code rows} texts of {@code bytes} bytes in all. */
  public TextColumn(int rows, int bytes) {
    this.ends = new int[Math.max(16, rows)];
    this.bytes = new byte[Math.max(256, bytes)];
  }

  private TextColumn(byte[] bytes, int[] ends, long[] nulls, int size) {
    this.bytes = bytes;
    this.ends = ends;
    this.nulls = nulls;
    this.size = size;
  }

  /** Writes the column whole (for the import cache): its texts' bytes, their ends, the nulls. */
  public void write(DataOutput out) throws IOException {
    int used = size == 0 ? 0 : ends[size - 1];
    out.writeInt(size);
    Columns.writeInts(out, ends, size);
    out.writeInt(used);
    Columns.writeBytes(out, bytes, used);
    int words = nulls == null ? 0 : (size + 63) / 64;
    out.writeInt(words);
    long[] written = nulls == null ? new long[0] : Arrays.copyOf(nulls, words);
    Columns.writeLongs(out, written, words);
  }

  /**
   * A column as {@link #write} wrote it.
   *
   * @param limit the bytes left to read, which no count read may exceed
   * @throws IOException when the bytes are not such a column
   */
  public static TextColumn read(DataInput in, long limit) throws IOException {
    int size = Columns.count(in, limit, Integer.BYTES);
    int[] ends = Columns.readInts(in, size);
    int used = Columns.count(in, limit, 1);
    int previous = 0;
    for (int i = 0; i < size; i++) {
      Columns.check(ends[i] >= previous && ends[i] <= used, "text ends out of order");
      previous = ends[i];
    }
    Columns.check(previous == used, "text bytes past the last end");
    byte[] bytes = Columns.readBytes(in, used);
    int words = Columns.count(in, limit, Long.BYTES);
    Columns.check(words == 0 || words == (size + 63) / 64, "null flags of another size");
    long[] nulls = words == 0 ? null : Columns.readLongs(in, words);
    return new TextColumn(bytes, ends, nulls, size);
  }

  /** Appends a text, or null. */
  public void add(String text) {
    addUtf8(text == null ? null : text.getBytes(UTF_8));
  }

  /** Appends a text as its UTF-8 bytes, or null. */
  public void addUtf8(byte[] utf8) {
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, grown(ends.length));
    }
    int start = size == 0 ? 0 : ends[size - 1];
    if (utf8 == null) {
      markNull(size);
      ends[size++] = start;
      return;
    }
    if (bytes.length - start < utf8.length) {
      long wanted = Math.max((long) start + utf8.length, grownFor(start));
      if (wanted > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("more than 2 GB of text in one column");
      }
      bytes = Arrays.copyOf(bytes, (int) wanted);
    }
    System.arraycopy(utf8, 0, bytes, start, utf8.length);
    ends[size++] = start + utf8.length;
  }

  /**
   * The bytes' next length once {@code used} are taken: when the column has room for a known number
   * of rows (made for a file's rows) and has a thousand texts to go by, what their average length
   * says all its rows will need, with 5% to spare; else half as much again.
   */
  private long grownFor(int used) {
    // a column made for more rows than it gets (records of several lines) may project past its
    // need: the projection is capped at what an array holds, and grows a quarter at least
    long projected = size >= 1024 ? (long) ((double) used / size * ends.length * 1.05) : 0;
    long least = used + (long) (used >> 2) + 16;
    return Math.min(Integer.MAX_VALUE - 8, projected > least ? projected : grown(bytes.length));
  }

  /**
   * Makes room for {@code rows} texts of {@code bytes} bytes in all (no less than there is room for
   * already), so that a column filled from a file of known size is not copied to grow.
   */
  public void reserve(int rows, long bytes) {
    if (rows > ends.length) {
      ends = Arrays.copyOf(ends, rows);
    }
    int wanted = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, bytes));
    if (wanted > this.bytes.length) {
      this.bytes = Arrays.copyOf(this.bytes, wanted);
    }
  }

  private static int grown(int length) {
    return (int) Math.min(Integer.MAX_VALUE - 8, length + (long) (length >> 1) + 16);
  }

  /** Appends every text of another column. */
  public void addAll(TextColumn other) {
    int used = size == 0 ? 0 : ends[size - 1];
    int otherUsed = other.size == 0 ? 0 : other.ends[other.size - 1];
    if ((long) used + otherUsed > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("more than 2 GB of text in one column");
    }
    if (bytes.length - used < otherUsed) {
      bytes = Arrays.copyOf(bytes, used + otherUsed);
    }
    System.arraycopy(other.bytes, 0, bytes, used, otherUsed);
    if (ends.length - size < other.size) {
      ends = Arrays.copyOf(ends, size + other.size);
    }
    for (int i = 0; i < other.size; i++) {
      ends[size + i] = used + other.ends[i];
    }
    int first = size;
    size += other.size;
    if (other.nulls != null) {
      for (int i = 0; i < other.size; i++) {
        if (other.isNull(i)) {
          markNull(first + i);
        }
      }
    }
  }

  private void markNull(int i) {
    if (nulls == null) {
      nulls = new long[ends.length / 64 + 1];
    } else if (i / 64 >= nulls.length) {
      nulls = Arrays.copyOf(nulls, Math.max(ends.length, i + 1) / 64 + 1);
    }
    nulls[i / 64] |= 1L << i;
  }

  /** The number of texts. */
  public int size() {
    return size;
  }

  /** True when the text at {@code i} is null. */
  public boolean isNull(int i) {
    return nulls != null && i / 64 < nulls.length && (nulls[i / 64] & (1L << i)) != 0;
  }

  /** The text at {@code i}, or null. */
  public String get(int i) {
    if (isNull(i)) {
      return null;
    }
    int start = start(i);
    return new String(bytes, start, ends[i] - start, UTF_8);
  }

  private int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** The UTF-8 bytes of the text at {@code i} (a copy), or null. */
  public byte[] utf8(int i) {
    return isNull(i) ? null : Arrays.copyOfRange(bytes, start(i), ends[i]);
  }

  /** True when the text at {@code i} is the text of these UTF-8 bytes. */
  public boolean hasText(int i, byte[] utf8) {
    return !isNull(i) && Arrays.equals(bytes, start(i), ends[i], utf8, 0, utf8.length);
  }

  /** A hash of the text at {@code i} (its bytes); 0 for null. */
  int hash(int i) {
    if (isNull(i)) {
      return 0;
    }
    int h = 1;
    for (int k = start(i), end = ends[i]; k < end; k++) {
      h = 31 * h + bytes[k];
    }
    return h;
  }

  /** True when the text at {@code i} equals the text at {@code j} of {@code other}. */
  public boolean sameText(int i, TextColumn other, int j) {
    if (isNull(i) || other.isNull(j)) {
      return isNull(i) && other.isNull(j);
    }
    int from = start(i);
    int otherFrom = other.start(j);
    return Arrays.equals(bytes, from, ends[i], other.bytes, otherFrom, other.ends[j]);
  }

  /** The column with its arrays cut to its size, when they are well over it. */
  void trim() {
    int used = size == 0 ? 0 : ends[size - 1];
    if (Columns.wasteful(bytes.length, used)) {
      bytes = Arrays.copyOf(bytes, used);
    }
    if (Columns.wasteful(ends.length, size)) {
      ends = Arrays.copyOf(ends, size);
    }
  }

  /**
   * An index of some of the column's texts, to find them by the text of another column without
   * making a {@link String} of either: open addressing over the rows' byte hashes.
   */
  public static final class Index {
    private final TextColumn column;
    private final int[] slots;

    /**
     * The hash of the row in each slot, compared before its bytes: IDs that count up ({@code
     * T-0000001}, {@code T-0000002}, ...) fill runs of neighbouring slots, which keeps a look-up
     * near the last one in memory, but a run is walked slot by slot, and an int compared per slot
     * is much cheaper than the texts' bytes.
     */
    private final int[] hashes;

    private final int mask;

    /** An index of the rows of {@code column} that {@code rows} selects (all when null). */
    public Index(TextColumn column, boolean[] rows) {
      this.column = column;
      int count = 0;
      for (int i = 0; i < column.size; i++) {
        if (!column.isNull(i) && (rows == null || rows[i])) {
          count++;
        }
      }
      int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
      slots = new int[capacity];
      hashes = new int[capacity];
      Arrays.fill(slots, -1);
      mask = capacity - 1;
      for (int i = 0; i < column.size; i++) {
        if (column.isNull(i) || (rows != null && !rows[i])) {
          continue;
        }
        int hash = column.hash(i);
        if (find(hash, column, i) < 0) {
          int slot = mix(hash) & mask;
          while (slots[slot] >= 0) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = i;
          hashes[slot] = hash;
        }
      }
    }

    private static int mix(int h) {
      return h ^ (h >>> 16) ^ (h >>> 7);
    }

    /** The first indexed row whose text equals the text at {@code j} of {@code other}, or -1. */
    public int find(TextColumn other, int j) {
      if (other.isNull(j)) {
        return -1;
      }
      return find(other.hash(j), other, j);
    }

    private int find(int hash, TextColumn other, int j) {
      int slot = mix(hash) & mask;
      while (slots[slot] >= 0) {
        if (hashes[slot] == hash && column.sameText(slots[slot], other, j)) {
          return slots[slot];
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }
  }
}
