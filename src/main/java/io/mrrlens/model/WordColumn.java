package io.mrrlens.model;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of texts that repeat (clients, technicians, priorities): each distinct text is kept once
 * and each row holds its number (its code); null is code -1.
 */
public final class WordColumn {
  private int[] codes;
  private String[] words;
  private int wordCount;
  private int size;
  private Map<String, Integer> index;

  /** An empty column. */
  public WordColumn() {
    this(16);
  }

  /** An empty column with room for {@code rows} rows. */
  public WordColumn(int rows) {
    codes = new int[Math.max(16, rows)];
    words = new String[16];
    index = new HashMap<>();
  }

  private WordColumn(int[] codes, int size, String[] words, int wordCount) {
    this.codes = codes;
    this.size = size;
    this.words = words;
    this.wordCount = wordCount;
  }

  /** Writes the column whole (for the import cache): its codes, then its texts in code order. */
  public void write(DataOutput out) throws IOException {
    out.writeInt(size);
    Columns.writeInts(out, codes, size);
    out.writeInt(wordCount);
    for (int c = 0; c < wordCount; c++) {
      byte[] utf8 = words[c].getBytes(UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }
  }

  /**
   * A column as {@link #write} wrote it, read only (as a renamed column is): the same codes and
   * texts.
   *
   * @param limit the bytes left to read, which no count read may exceed
   * @throws IOException when the bytes are not such a column
   */
  public static WordColumn read(DataInput in, long limit) throws IOException {
    int size = Columns.count(in, limit, Integer.BYTES);
    int[] codes = Columns.readInts(in, size);
    int wordCount = Columns.count(in, limit, Integer.BYTES);
    String[] words = new String[Math.max(1, wordCount)];
    for (int c = 0; c < wordCount; c++) {
      words[c] = new String(Columns.readBytes(in, Columns.count(in, limit, 1)), UTF_8);
    }
    for (int i = 0; i < size; i++) {
      Columns.check(codes[i] >= -1 && codes[i] < wordCount, "a code without its text");
    }
    return new WordColumn(codes, size, words, wordCount);
  }

  /** Appends a text, or null. */
  public void add(String word) {
    if (index == null) {
      throw new IllegalStateException("a renamed column is read only");
    }
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, codes.length + (codes.length >> 1) + 16);
    }
    codes[size++] = word == null ? -1 : code(word);
  }

  private int code(String word) {
    Integer code = index.get(word);
    if (code == null) {
      if (wordCount == words.length) {
        words = Arrays.copyOf(words, wordCount * 2);
      }
      code = wordCount;
      words[wordCount++] = word;
      index.put(word, code);
    }
    return code;
  }

  /** Appends every row of another column. */
  public void addAll(WordColumn other) {
    if (index == null) {
      throw new IllegalStateException("a renamed column is read only");
    }
    int[] recoded = new int[other.wordCount];
    for (int code = 0; code < other.wordCount; code++) {
      recoded[code] = code(other.words[code]);
    }
    if (codes.length - size < other.size) {
      codes = Arrays.copyOf(codes, size + other.size);
    }
    for (int i = 0; i < other.size; i++) {
      int code = other.codes[i];
      codes[size++] = code < 0 ? -1 : recoded[code];
    }
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  /** The text at row {@code i}, or null. */
  public String get(int i) {
    int code = codes[i];
    return code < 0 ? null : words[code];
  }

  /** The code of row {@code i}: the number of its text, or -1 for null. */
  public int code(int i) {
    return codes[i];
  }

  /** The text of a code. */
  public String word(int code) {
    return words[code];
  }

  /** The number of codes (distinct texts as added). */
  public int words() {
    return wordCount;
  }

  /**
   * The same rows with some texts replaced ({@code names.get(text)} where present), sharing the
   * codes: a renamed column is read only.
   */
  public WordColumn renamed(Map<String, String> names) {
    String[] renamed = Arrays.copyOf(words, wordCount);
    for (int c = 0; c < wordCount; c++) {
      renamed[c] = names.getOrDefault(renamed[c], renamed[c]);
    }
    return new WordColumn(codes, size, renamed, wordCount);
  }

  /** The column with its arrays cut to its size. */
  void trim() {
    if (index != null && Columns.wasteful(codes.length, size)) {
      codes = Arrays.copyOf(codes, size);
    }
  }
}
