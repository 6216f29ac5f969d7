package io.mrrlens.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of one file, read straight from its bytes, with the line each starts on, that can
 * step over a row whose quotes are malformed. It reads CSV exactly as Commons CSV reads it with RFC
 * 4180 and the file's delimiter, blank lines and spaces kept (the format the import used Commons
 * CSV with; CsvRecordsTest compares the two on random text): a field that starts with a quote runs
 * to the closing quote ({@code ""} inside it is one quote, line breaks belong to it), and only
 * whitespace may follow it before the delimiter or the line break; any other field runs to the next
 * delimiter or line break (CRLF, LF or CR alone), quotes and all. Reading bytes rather than decoded
 * characters is sound for the encodings a file is read in (UTF-8, Windows-1252): the delimiter,
 * quote and line-break bytes never occur inside another character. Character positions and lines
 * are counted as Commons CSV counts them (UTF-16 units; CRLF is one line break).
 *
 * <p>A malformed row is reported as a {@link MalformedRowException} located at the line its record
 * starts on, with its cause in words; a read error of the file names the file.
 */
final class CsvRecords implements Closeable {
  private static final int BUFFER = 1 << 16;

  /** What {@link #scan()} returns when the record goes on past the bytes read so far. */
  private static final int MORE = -1;

  /** What {@link #scan()} returns at the end of the text, where no record starts. */
  private static final int NONE = -2;

  private final CsvSource source;
  private final byte delimiter;
  private final Charset charset;
  private final boolean utf8;
  private final InputStream in;
  private byte[] buffer;

  /** How many bytes of the buffer hold text. */
  private int filled;

  /** Whether the text has no more bytes than those read. */
  private boolean ended;

  /** The byte offset in the text (BOM excluded) of the buffer's first byte. */
  private long bufferStart;

  /** Where the next record starts in the buffer. */
  private int at;

  /** The characters minus the bytes of the text before {@link #at} (not ASCII: fewer chars). */
  private long charsMinusBytes;

  /** The line breaks before {@link #at}. */
  private long breaks;

  private long nextLine;
  private CsvRow next;
  private final List<String> values = new ArrayList<>();
  private byte[] quoted = new byte[64];
  private int quotedLength;
  private boolean nonAscii;
  private boolean multiline;
  private final Recent recent = new Recent();

  CsvRecords(CsvSource source) {
    this(source, 0, 0, 0, BUFFER);
  }

  /**
   * The records from a record boundary on: {@code byteFrom} in the file's bytes, {@code charFrom}
   * characters and {@code linesBefore} line breaks after its start (so lines and positions are the
   * file's own).
   */
  CsvRecords(CsvSource source, int byteFrom, long charFrom, long linesBefore) {
    this(source, byteFrom, charFrom, linesBefore, BUFFER);
  }

  /** As above, reading the bytes {@code bufferSize} at a time (small in tests, to cross reads). */
  CsvRecords(CsvSource source, int byteFrom, long charFrom, long linesBefore, int bufferSize) {
    this.source = source;
    this.delimiter = (byte) source.delimiter();
    this.charset = source.charset();
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.in = source.stream(byteFrom);
    this.buffer = new byte[Math.max(2, bufferSize)];
    this.bufferStart = byteFrom;
    this.charsMinusBytes = charFrom - byteFrom;
    this.breaks = linesBefore;
    this.nextLine = linesBefore + 1;
  }

  /**
   * The line of the file the next record starts on (1 for the first); for a file converted to CSV
   * (JSON records), the line of the original file.
   */
  long line() {
    return source.line(nextLine);
  }

  /**
   * True when a record follows.
   *
   * @throws MalformedRowException when the next record's quotes are malformed
   */
  boolean hasNext() {
    if (next != null) {
      return true;
    }
    nextLine = breaks + 1;
    while (true) {
      int end = scan();
      if (end == NONE) {
        return false;
      }
      if (end != MORE) {
        next = take(end);
        return true;
      }
      more();
    }
  }

  /**
   * As {@link #hasNext()}, stepping over malformed rows one line long (a survey of the file that
   * the full read reports them in).
   *
   * @throws MalformedRowException when a malformed row may go on over several lines
   */
  boolean hasNextSkippingMalformedLines() {
    while (true) {
      try {
        return hasNext();
      } catch (MalformedRowException e) {
        if (!malformedRowIsOneLine()) {
          throw e;
        }
        skipMalformedLine();
      }
    }
  }

  CsvRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CsvRow row = next;
    next = null;
    return row;
  }

  /**
   * Whether the malformed row at {@link #line()} ends unambiguously: its first line alone holds an
   * even number of quotes, so the row is that one line and the next row starts on the next line (an
   * odd number may open a field that goes on over the following lines).
   */
  boolean malformedRowIsOneLine() {
    int end = lineEnd();
    int quotes = 0;
    for (int i = at; i < end; i++) {
      if (buffer[i] == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 0;
  }

  /**
   * Steps over the malformed row at {@link #line()}, one line long: reading goes on at the next
   * line.
   *
   * @return the character positions {start, end} of the row stepped over, its line break included
   */
  long[] skipMalformedLine() {
    int end = lineEnd();
    if (end < filled) {
      end += buffer[end] == '\r' && end + 1 < filled && buffer[end + 1] == '\n' ? 2 : 1;
    }
    long start = position(at);
    charsMinusBytes += charsMinusBytes(at, end);
    at = end;
    breaks = nextLine;
    next = null;
    return new long[] {start, position(at)};
  }

  /**
   * The index in the buffer of the line break that ends the line starting at {@link #at}, or of the
   * text's end; the byte after a CR is read too, so that a CRLF is whole.
   */
  private int lineEnd() {
    int i = at;
    while (true) {
      while (i < filled && buffer[i] != '\n' && buffer[i] != '\r') {
        i++;
      }
      boolean whole = i < filled && (buffer[i] == '\n' || i + 1 < filled);
      if (whole || ended) {
        return i;
      }
      int before = at;
      more();
      i -= before - at;
    }
  }

  /** The character position of index {@code i} of the buffer, at or before the next record. */
  private long position(int i) {
    return bufferStart + i + charsMinusBytes;
  }

  /** Reads more of the text, keeping the record that starts at {@link #at} whole in the buffer. */
  private void more() {
    if (at > 0) {
      System.arraycopy(buffer, at, buffer, 0, filled - at);
      bufferStart += at;
      filled -= at;
      at = 0;
    } else if (filled == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    try {
      int read = in.read(buffer, filled, buffer.length - filled);
      if (read < 0) {
        ended = true;
      } else {
        filled += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the record that starts at {@link #at} into {@link #values}: returns the index just past
   * it (its line break included), {@link #MORE} when it goes on past the bytes read, or {@link
   * #NONE} at the end of the text.
   */
  private int scan() {
    values.clear();
    nonAscii = false;
    multiline = false;
    int i = at;
    if (i >= filled) {
      return ended ? NONE : MORE;
    }
    final byte[] b = buffer;
    final int n = filled;
    final byte d = delimiter;
    while (true) {
      // the start of a field
      if (i >= n) {
        if (!ended) {
          return MORE;
        }
        // the end of the text right after a delimiter: an empty last field
        values.add("");
        return i;
      }
      if (b[i] == '"') {
        i = quotedField(i + 1);
        if (i < 0) {
          return i;
        }
        values.add(recent.value(quoted, 0, quotedLength, values.size()));
      } else {
        int s = i;
        while (i < n) {
          byte c = b[i];
          if (c == d || c == '\n' || c == '\r') {
            break;
          }
          if (c < 0) {
            nonAscii = true;
          }
          i++;
        }
        if (i >= n && !ended) {
          return MORE;
        }
        values.add(recent.value(b, s, i - s, values.size()));
      }
      // i is at the delimiter or line break after the field, or at the end of the text
      if (i >= n) {
        return i;
      }
      byte c = b[i];
      if (c == d) {
        i++;
        continue;
      }
      if (c == '\n') {
        return i + 1;
      }
      // a CR, alone or in a CRLF
      if (i + 1 >= n) {
        return ended ? i + 1 : MORE;
      }
      return b[i + 1] == '\n' ? i + 2 : i + 1;
    }
  }

  /**
   * Reads a quoted field whose opening quote is before index {@code i} into {@link #quoted}, and
   * returns the index of the delimiter or line break after it (or the text's end), or {@link
   * #MORE}.
   *
   * @throws MalformedRowException when the quote is never closed or text follows it
   */
  private int quotedField(int i) {
    final byte[] b = buffer;
    final int n = filled;
    quotedLength = 0;
    while (true) {
      if (i >= n) {
        if (!ended) {
          return MORE;
        }
        throw unclosed();
      }
      byte c = b[i];
      if (c == '"') {
        if (i + 1 >= n && !ended) {
          return MORE;
        }
        if (i + 1 < n && b[i + 1] == '"') {
          keep((byte) '"');
          i += 2;
          continue;
        }
        i++;
        break;
      }
      if (c == '\n' || c == '\r') {
        multiline = true;
      } else if (c < 0) {
        nonAscii = true;
      }
      keep(c);
      i++;
    }
    // after the closing quote, only whitespace up to the delimiter or line break
    while (true) {
      if (i >= n) {
        if (!ended) {
          return MORE;
        }
        break;
      }
      byte c = b[i];
      if (c == delimiter || c == '\n' || c == '\r') {
        break;
      }
      int width = whitespace(i);
      if (width == MORE) {
        return MORE;
      }
      if (width == 0) {
        throw textAfterQuote();
      }
      if (c < 0) {
        nonAscii = true;
      }
      i += width;
    }
    return i;
  }

  private void keep(byte c) {
    if (quotedLength == quoted.length) {
      quoted = Arrays.copyOf(quoted, quoted.length * 2);
    }
    quoted[quotedLength++] = c;
  }

  /**
   * The number of bytes of the whitespace character at index {@code i} (as {@link
   * Character#isWhitespace(char)} sees it), 0 when it is not whitespace, or {@link #MORE} when the
   * character is not whole in the bytes read.
   */
  private int whitespace(int i) {
    byte c = buffer[i];
    if (c >= 0) {
      return Character.isWhitespace((char) c) ? 1 : 0;
    }
    if (!utf8) {
      return Character.isWhitespace(new String(buffer, i, 1, charset).charAt(0)) ? 1 : 0;
    }
    int width = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (i + width > filled) {
      return ended ? 0 : MORE;
    }
    String character = new String(buffer, i, width, charset);
    // a character beyond the BMP is two UTF-16 units, neither of them whitespace
    return character.length() == 1 && Character.isWhitespace(character.charAt(0)) ? width : 0;
  }

  /**
   * The values each column held lately, to give a value that repeats (a client, a technician, a
   * date, {@code true}) the string made for it before: no new string to make, and look-ups by it
   * find its hash made and compare it by identity. Each column has a small table of recent values,
   * by a hash of a few of their bytes; a column whose values seldom repeat (IDs, summaries) stops
   * being looked up after a trial.
   */
  private final class Recent {
    private static final int SLOTS = 256;
    private static final int COLUMNS = 64;
    private static final int LONGEST = 48;
    private static final int TRIAL = 4096;
    private final byte[][][] bytes = new byte[COLUMNS][][];
    private final String[][] strings = new String[COLUMNS][];
    private final int[] looked = new int[COLUMNS];
    private final int[] found = new int[COLUMNS];

    String value(byte[] b, int from, int length, int column) {
      if (length == 0) {
        return "";
      }
      if (length > LONGEST || column >= COLUMNS || looked[column] < 0) {
        return new String(b, from, length, charset);
      }
      if (bytes[column] == null) {
        bytes[column] = new byte[SLOTS][];
        strings[column] = new String[SLOTS];
      }
      int last = from + length - 1;
      int hash = length * 31 + b[from];
      hash = hash * 31 + b[last];
      hash = hash * 31 + b[from + (length >> 1)];
      hash = hash * 31 + b[Math.max(from, last - 1)];
      int slot = (hash ^ (hash >>> 8)) & (SLOTS - 1);
      byte[] known = bytes[column][slot];
      String value;
      if (known != null
          && known.length == length
          && Arrays.equals(known, 0, length, b, from, from + length)) {
        found[column]++;
        value = strings[column][slot];
      } else {
        value = new String(b, from, length, charset);
        bytes[column][slot] = Arrays.copyOfRange(b, from, from + length);
        strings[column][slot] = value;
      }
      if (++looked[column] == TRIAL) {
        decide(column);
      }
      return value;
    }

    /** After a trial, stops looking up a column that found fewer than one value in eight. */
    private void decide(int column) {
      if (found[column] < TRIAL / 8) {
        looked[column] = -1;
        bytes[column] = null;
        strings[column] = null;
      } else {
        looked[column] = 0;
        found[column] = 0;
      }
    }
  }

  /** The record just scanned, from {@link #at} to {@code end}; reading goes on at {@code end}. */
  private CsvRow take(int end) {
    // an array of the values' own size: toArray(new String[0]) would make it by reflection
    CsvRow row = new CsvRow(values.toArray(new String[values.size()]), position(at));
    if (nonAscii) {
      charsMinusBytes += charsMinusBytes(at, end);
    }
    if (multiline) {
      breaks += lineBreaks(at, end);
    } else if (end > at && (buffer[end - 1] == '\n' || buffer[end - 1] == '\r')) {
      breaks++;
    }
    at = end;
    return row;
  }

  /** The characters minus the bytes of the buffer's bytes {@code from} to {@code to}. */
  private long charsMinusBytes(int from, int to) {
    if (!utf8) {
      return 0;
    }
    long difference = 0;
    for (int i = from; i < to; i++) {
      byte c = buffer[i];
      if (c < 0) {
        if ((c & 0xC0) == 0x80) {
          difference--;
        } else if ((c & 0xF8) == 0xF0) {
          // four bytes make two UTF-16 units
          difference++;
        }
      }
    }
    return difference;
  }

  /** The line breaks in the buffer's bytes {@code from} to {@code to} (a CRLF is one). */
  private long lineBreaks(int from, int to) {
    long count = 0;
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\r' || (buffer[i] == '\n' && (i == from || buffer[i - 1] != '\r'))) {
        count++;
      }
    }
    return count;
  }

  private MalformedRowException unclosed() {
    return new MalformedRowException(
        source.name()
            + ":"
            + source.line(nextLine)
            + ": a quoted field starts on this line and is never closed",
        "close the quote (a quote inside a quoted field is written as two quotes \"\")",
        "has a quoted field that is never closed (close it with a quote)");
  }

  private MalformedRowException textAfterQuote() {
    return new MalformedRowException(
        source.name()
            + ":"
            + source.line(nextLine)
            + ": a quoted field is followed by other text before the delimiter",
        "write a quote inside a quoted field as two quotes \"\"",
        "has a quoted field followed by other text before the delimiter (a quote inside a"
            + " quoted field is written as two quotes \"\")");
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // reading is over; a failure to release the stream changes nothing read
    }
  }

  /** A row whose quotes cannot be read: the whole file's error, or the row's problem. */
  static final class MalformedRowException extends ImportException {
    private final String problem;

    MalformedRowException(String message, String fix, String problem) {
      super(message, fix);
      this.problem = problem;
    }

    /**
     * The problem in the words of a rejected row, e.g. "has a quoted field that is never closed".
     */
    String problem() {
      return problem;
    }
  }
}
