package io.mrrlens.importing;

import io.mrrlens.file.FileFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One input file's bytes with how to read them: its encoding (UTF-8 with or without BOM, or
 * Windows-1252 when forced or when the bytes are not valid UTF-8) and its delimiter (comma,
 * semicolon or tab, from the header line).
 */
final class CsvSource {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How much of the file {@link #delimiter()} decodes to find the header line. */
  private static final int HEAD = 64 * 1024;

  /** Files at least this large are read as needed, not into the heap at once. */
  private static final long READ_AS_NEEDED_FROM = 4L << 20;

  private final String name;
  private final FileBytes bytes;
  private final int start;
  private final boolean bom;
  private final Charset charset;
  private final String invalidUtf8;

  /** For a file converted to CSV (JSON): the file's line for each CSV line; null for a CSV file. */
  private final long[] lines;

  /** The file's line feeds, counted by the UTF-8 check; -1 when it was not checked whole. */
  private final long lineFeeds;

  private CsvSource(String name, FileBytes bytes, int start, Charset charset, String invalidUtf8) {
    this(name, bytes, start, charset, invalidUtf8, null, -1);
  }

  private CsvSource(
      String name,
      FileBytes bytes,
      int start,
      Charset charset,
      String invalidUtf8,
      long[] lines,
      long lineFeeds) {
    this.lines = lines;
    this.lineFeeds = lineFeeds;
    this.name = name;
    // A large file is read and decoded as the parser reads it, never copied whole into the heap
    // (as bytes or as one string): arrays that large land in the old generation and leave it full
    // of dead text once read, which costs a full collection later.
    this.bytes = bytes;
    this.start = start;
    this.bom = start > 0;
    this.charset = charset;
    this.invalidUtf8 = invalidUtf8;
  }

  /**
   * Reads a file.
   *
   * @param forced the encoding to use, or null to detect
   * @throws UncheckedIOException when the file cannot be read
   * @throws ImportException when the file was forced to UTF-8 but is not
   */
  static CsvSource read(Path path, String name, Charset forced) {
    if (isJson(path)) {
      return JsonRecords.read(path, name);
    }
    FileBytes bytes;
    try {
      long size = Files.size(path);
      if (size > Integer.MAX_VALUE) {
        throw new ImportException(
            name
                + ": the file is "
                + String.format(Locale.ROOT, "%.1f", size / (double) (1L << 30))
                + " GB; mrrlens reads files of up to 2 GB",
            "export a shorter period per file (e.g. one year) and put the files in the books folder"
                + " with names that start as the kind's name (time-2025.csv, time-2026.csv), or"
                + " give each with --time FILE (--tickets, --invoices, ...)");
      }
      bytes = load(path, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + FileFailure.reason(e, path), e);
    }
    boolean bom =
        bytes.limit() >= 3
            && (bytes.get(0) & 0xFF) == 0xEF
            && (bytes.get(1) & 0xFF) == 0xBB
            && (bytes.get(2) & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    if (forced != null && !forced.equals(StandardCharsets.UTF_8)) {
      return new CsvSource(name, bytes, start, forced, null);
    }
    Utf8Check check = new Utf8Check();
    int bad = check.firstInvalid(bytes, start);
    if (bad < 0) {
      return new CsvSource(name, bytes, start, StandardCharsets.UTF_8, null, null, check.lineFeeds);
    }
    String where = "line " + lineOf(bytes, bad);
    if (forced != null) {
      throw new ImportException(
          name + ":" + lineOf(bytes, bad) + ": the file is not valid UTF-8",
          "export it as UTF-8, or set --encoding windows-1252 (or the file's encoding)");
    }
    return new CsvSource(name, bytes, start, WINDOWS_1252, where);
  }

  /** True for a {@code .json} file, read through {@link JsonRecords}. */
  static boolean isJson(Path path) {
    Path file = path.getFileName();
    return file != null && file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  /**
   * A file converted to comma-separated UTF-8 text (JSON records), with the line of the original
   * file that each line of the text stands for ({@code lines[csvLine]}).
   */
  static CsvSource converted(String name, byte[] csv, long[] lines) {
    return new CsvSource(
        name, FileBytes.of(ByteBuffer.wrap(csv)), 0, StandardCharsets.UTF_8, null, lines, -1);
  }

  /** The line of the file that a line of the text read stands for (the same for a CSV file). */
  long line(long textLine) {
    if (lines == null) {
      return textLine;
    }
    return lines[(int) Math.min(textLine, lines.length - 1)];
  }

  /** The file's bytes: read into the heap when small, read as needed when large. */
  private static FileBytes load(Path path, String name) throws IOException {
    long size = Files.size(path);
    if (size < READ_AS_NEEDED_FROM) {
      return FileBytes.of(ByteBuffer.wrap(Files.readAllBytes(path)));
    }
    return FileBytes.of(path, name, (int) size);
  }

  String name() {
    return name;
  }

  Charset charset() {
    return charset;
  }

  /** The encoding's name as the user would write it, e.g. {@code UTF-8 (BOM)}. */
  String encodingName() {
    if (lines != null) {
      return "JSON";
    }
    String base = charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    return bom ? base + " (BOM)" : base;
  }

  /** Where the bytes stopped being UTF-8 (e.g. "line 4"), when they were read as Windows-1252. */
  String invalidUtf8() {
    return invalidUtf8;
  }

  /** The decoded text, BOM excluded, decoded as it is read from the file's bytes. */
  Reader reader() {
    return new InputStreamReader(bytes.stream(start), charset);
  }

  /** The bytes from a byte offset (BOM excluded) on, as {@link CsvRecords} reads them. */
  InputStream stream(int byteFrom) {
    return bytes.stream(start + byteFrom);
  }

  /**
   * True when the file can be read in parts from a line's start: a CSV file (not converted) whose
   * characters can be counted from its bytes (UTF-8 as read, or one byte per character) and whose
   * lines end in LF or CRLF.
   */
  boolean splittable() {
    return lines == null
        && (charset.equals(StandardCharsets.UTF_8) || charset.newEncoder().maxBytesPerChar() == 1f)
        && !lineBreak().equals("\r");
  }

  /**
   * Where a second part of the file may start: the first line start at or after byte {@code from}
   * (BOM excluded) that follows an even number of quotes, so likely outside a quoted field (the
   * reader confirms it: the first part's records must end there). Returns {byte offset, character
   * position, line breaks before it} as the parser counts them, or null when there is none.
   */
  long[] partStart(int from) {
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    int n = bytes.limit();
    long chars = 0;
    long breaks = 0;
    long quotes = 0;
    boolean candidate = false;
    byte[] chunk = new byte[Math.min(Math.max(0, n - start), CHECKED)];
    for (int i = start; i < n; i += CHECKED) {
      int end = Math.min(n, i + CHECKED);
      int length = end - i;
      bytes.copy(i, chunk, length);
      int k = 0;
      while (k < length) {
        int at = i + k;
        if (candidate && quotes % 2 == 0) {
          return new long[] {at - start, chars, breaks};
        }
        if (!candidate && k + 8 <= length && plain(word(chunk, k))) {
          // eight ASCII characters, none a quote or a line break: nothing to count but them
          chars += 8;
          k += 8;
          continue;
        }
        candidate = false;
        byte b = chunk[k];
        if (b == '\n') {
          breaks++;
          candidate = at - start >= from;
        } else if (b == '\r') {
          if (at + 1 >= n || bytes.get(at + 1) != '\n') {
            breaks++;
          }
        } else if (b == '"') {
          quotes++;
        }
        if (!utf8 || (b & 0xC0) != 0x80) {
          chars += utf8 && (b & 0xF8) == 0xF0 ? 2 : 1;
        }
        k++;
      }
    }
    return null;
  }

  private static final VarHandle WORD =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  /** The eight bytes at {@code k} as one {@code long}. */
  private static long word(byte[] chunk, int k) {
    return (long) WORD.get(chunk, k);
  }

  /** True when the eight bytes of {@code word} are ASCII and none is a quote, LF or CR. */
  private static boolean plain(long word) {
    return (word & HIGH_BITS) == 0
        && !hasByte(word, '"')
        && !hasByte(word, '\n')
        && !hasByte(word, '\r');
  }

  /** How many of the eight bytes of {@code word}, all ASCII, are {@code b} (exact). */
  private static int count(long word, int b) {
    long x = word ^ (LOW_BITS * b);
    // a byte's high bit is set where its low seven bits are not all zero, then where it is zero
    long low = (x & ~HIGH_BITS) + ~HIGH_BITS;
    return Long.bitCount(~(low | x | ~HIGH_BITS));
  }

  /** True when one of the eight bytes of {@code word} is {@code b} (exact, no false positive). */
  private static boolean hasByte(long word, int b) {
    long x = word ^ (LOW_BITS * b);
    return ((x - LOW_BITS) & ~x & HIGH_BITS) != 0;
  }

  private String decode(int length) {
    return charset.decode(bytes.range(start, start + length)).toString();
  }

  /**
   * The whole decoded text, BOM excluded (character positions match the parser's). Decoded anew at
   * each call: only the rows a run rejects need it.
   */
  String text() {
    return decode(bytes.limit() - start);
  }

  /** The file's size in bytes, BOM excluded. */
  long size() {
    return bytes.limit() - start;
  }

  /**
   * Room for the file's rows. When the UTF-8 check counted its line feeds, its lines (no more
   * records than lines), divided by the lines per record of its first 256 KB when records there
   * span several lines (notes with line breaks), 5% to spare. Else an estimate from its size and
   * the records of its first 256 KB (a little over, seldom under). A file of CR line ends alone has
   * no line feeds, and is estimated as one of another encoding.
   */
  int estimatedRows() {
    long[] sample = sample();
    double perRecord = perRecord(sample);
    if (lineFeeds > 0) {
      long lines = lineFeeds + 1;
      long rows = perRecord > 1 ? (long) (lines / perRecord * 1.05) + 16 : lines;
      return (int) Math.min(Math.min(rows, lines), 50_000_000);
    }
    if (sample[0] == 0 || sample[1] == 0) {
      return 16;
    }
    long estimate = (long) ((double) size() * sample[1] / sample[0] / perRecord * 1.02) + 16;
    return (int) Math.min(estimate, 50_000_000);
  }

  /** The file's line feeds, as the UTF-8 check counted them; -1 when it did not check it whole. */
  long lineFeeds() {
    return lineFeeds;
  }

  /** The line feeds per record in the file's first 256 KB (1 when too few to tell). */
  double linesPerRecord() {
    return perRecord(sample());
  }

  private static double perRecord(long[] sample) {
    long lines = sample[1];
    long records = sample[2];
    return records < 8 || lines == records ? 1 : (double) lines / records;
  }

  /**
   * The file's first 256 KB: {bytes, line feeds, line feeds outside quotes (record ends)}. A quote
   * opens or closes a quoted value; an escaped quote is two, so the count is even again.
   */
  private long[] sample() {
    int scanned = Math.min(bytes.limit() - start, 256 * 1024);
    long lines = 0;
    long records = 0;
    boolean quoted = false;
    for (int i = start; i < start + scanned; i++) {
      byte b = bytes.get(i);
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\n') {
        lines++;
        if (!quoted) {
          records++;
        }
      }
    }
    return new long[] {scanned, lines, records};
  }

  /** The line break the file uses first: CRLF, LF or CR alone; LF when it has none. */
  String lineBreak() {
    for (int i = start; i < bytes.limit(); i++) {
      if (bytes.get(i) == '\n') {
        return "\n";
      }
      if (bytes.get(i) == '\r') {
        return i + 1 < bytes.limit() && bytes.get(i + 1) == '\n' ? "\r\n" : "\r";
      }
    }
    return "\n";
  }

  /**
   * The file's own bytes for some of its rows, as a file of its own: the BOM when the file has one,
   * then each span's bytes in file order, each ended by its own line break (blank lines after it
   * dropped; the file's first line break after a last row that has none). Nothing is decoded and
   * encoded again, so bytes an encoding leaves undefined come out as they went in.
   *
   * @param spans character positions {start, end} as the parser counts them (end -1: the end of the
   *     file); sorted here
   */
  byte[] slices(List<long[]> spans) {
    spans.sort(Comparator.comparingLong(span -> span[0]));
    long[] positions = new long[spans.size() * 2];
    for (int i = 0; i < spans.size(); i++) {
      positions[2 * i] = spans.get(i)[0];
      positions[2 * i + 1] = spans.get(i)[1] < 0 ? Long.MAX_VALUE : spans.get(i)[1];
    }
    int[] offsets = byteOffsets(positions);
    if (offsets == null) {
      return reencoded(spans);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < start; i++) {
      out.write(bytes.get(i));
    }
    byte[] fallback = lineBreak().getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < spans.size(); i++) {
      int from = offsets[2 * i];
      int to = offsets[2 * i + 1];
      int end = to;
      while (end > from && (bytes.get(end - 1) == '\n' || bytes.get(end - 1) == '\r')) {
        end--;
      }
      for (int k = from; k < end; k++) {
        out.write(bytes.get(k));
      }
      if (end == to) {
        out.write(fallback, 0, fallback.length);
      } else if (bytes.get(end) == '\r' && end + 1 < to && bytes.get(end + 1) == '\n') {
        out.write('\r');
        out.write('\n');
      } else {
        out.write(bytes.get(end));
      }
    }
    return out.toByteArray();
  }

  /**
   * The byte offset of each character position (ascending, {@link Long#MAX_VALUE} for the end), or
   * null when the encoding does not map characters to bytes one way: UTF-8 (valid, as read) and
   * encodings of one byte per character do.
   */
  private int[] byteOffsets(long[] positions) {
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    if (!utf8 && charset.newEncoder().maxBytesPerChar() != 1.0f) {
      return null;
    }
    int[] offsets = new int[positions.length];
    int limit = bytes.limit();
    int at = start;
    long chars = 0;
    for (int i = 0; i < positions.length; i++) {
      while (at < limit && chars < positions[i]) {
        int width = utf8 ? utf8Width(bytes.get(at)) : 1;
        at += width;
        // four bytes of UTF-8 are two Java characters (a surrogate pair)
        chars += width == 4 ? 2 : 1;
      }
      offsets[i] = Math.min(at, limit);
    }
    return offsets;
  }

  private static int utf8Width(byte lead) {
    int b = lead & 0xFF;
    if (b < 0xC0) {
      return 1;
    }
    if (b < 0xE0) {
      return 2;
    }
    return b < 0xF0 ? 3 : 4;
  }

  /** The rows decoded and encoded again, for encodings of several bytes per character. */
  private byte[] reencoded(List<long[]> spans) {
    String text = text();
    String newline = lineBreak();
    StringBuilder out = new StringBuilder();
    for (long[] span : spans) {
      int end = span[1] < 0 ? text.length() : (int) span[1];
      while (end > span[0] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
        end--;
      }
      out.append(text, (int) span[0], end).append(newline);
    }
    return out.toString().getBytes(charset);
  }

  /** True when the file holds nothing but whitespace. */
  boolean isBlank() {
    for (int i = start; i < bytes.limit(); i++) {
      int b = bytes.get(i);
      if (b < 0) {
        return text().isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /** Comma, semicolon or tab: whichever the first non-blank line has most of, outside quotes. */
  char delimiter() {
    if (lines != null) {
      return ',';
    }
    if (bytes.limit() - start > HEAD) {
      char found = delimiter(decode(HEAD), false);
      if (found != 0) {
        return found;
      }
    }
    return delimiter(text(), true);
  }

  /**
   * The delimiter of the first non-blank line of {@code text}; 0 when {@code text} is only the
   * beginning of the file and the line does not end in it.
   */
  private static char delimiter(String text, boolean whole) {
    int i = 0;
    int n = text.length();
    while (i < n && (text.charAt(i) == '\r' || text.charAt(i) == '\n' || text.charAt(i) == ' ')) {
      i++;
    }
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (; i < n; i++) {
      char b = text.charAt(i);
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && (b == '\n' || b == '\r')) {
        break;
      } else if (!quoted && b == ',') {
        commas++;
      } else if (!quoted && b == ';') {
        semicolons++;
      } else if (!quoted && b == '\t') {
        tabs++;
      }
    }
    if (i == n && !whole) {
      return 0;
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return ',';
  }

  private static int lineOf(FileBytes bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes.get(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The offset of the first byte that breaks UTF-8, or -1 when all is valid. */
  static int firstInvalidUtf8(byte[] b, int from) {
    return new Utf8Check().firstInvalid(FileBytes.of(ByteBuffer.wrap(b)), from);
  }

  /** How many bytes {@link Utf8Check} checks at a time. */
  private static final int CHECKED = 1 << 20;

  /**
   * The UTF-8 check of a file, a window at a time through one array, counting the line feeds as it
   * goes: a file that is valid UTF-8 has no more records than lines, so its columns can be made at
   * about their final size before it is read.
   */
  static final class Utf8Check {
    /** The line feeds of the bytes checked, once they are all checked and valid. */
    long lineFeeds;

    /** The offset of the first byte that breaks UTF-8, or -1 when all is valid. */
    int firstInvalid(FileBytes b, int from) {
      int n = b.limit();
      // a window with three bytes more, so that a sequence starting in it is whole
      byte[] chunk = new byte[Math.min(Math.max(0, n - from), CHECKED + 3)];
      int i = from;
      while (i < n) {
        int end = Math.min(n, i + CHECKED);
        b.copy(i, chunk, Math.min(n, end + 3) - i);
        int bad = firstInvalid(chunk, i, end, n);
        if (bad < 0) {
          i = -bad - 1;
        } else {
          return bad;
        }
      }
      return -1;
    }

    /**
     * Checks the sequences that start from {@code i} to {@code end} in {@code chunk} (which holds
     * the bytes from {@code i} on): the offset of the first invalid one, else {@code -(next) - 1}
     * where {@code next} is where the following sequence starts.
     */
    private int firstInvalid(byte[] chunk, int i, int end, int n) {
      int base = i;
      while (i < end) {
        if (i + 8 <= end) {
          long word = word(chunk, i - base);
          if ((word & HIGH_BITS) == 0) {
            // eight ASCII bytes, each valid alone
            lineFeeds += count(word, '\n');
            i += 8;
            continue;
          }
        }
        int c = chunk[i - base];
        if (c >= 0) {
          if (c == '\n') {
            lineFeeds++;
          }
          i++;
          continue;
        }
        c &= 0xFF;
        int extra;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
          extra = 1;
          min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
          extra = 2;
          min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
          extra = 3;
          min = 0x10000;
        } else {
          return i;
        }
        int code = c & (0x3F >> extra);
        for (int k = 1; k <= extra; k++) {
          if (i + k >= n || (chunk[i + k - base] & 0xC0) != 0x80) {
            return i;
          }
          code = (code << 6) | (chunk[i + k - base] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
          return i;
        }
        i += extra + 1;
      }
      return -i - 1;
    }
  }
}
