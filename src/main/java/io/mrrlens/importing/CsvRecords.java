package io.mrrlens.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one file, with the line each starts on, that can step over a row whose quotes are
 * malformed: Commons CSV stops at such a row, so the cursor starts a new parser on the line after
 * it. A malformed row is reported as a {@link ImportException} located at the line its record
 * starts on, with its cause in words; a read error of the file names the file.
 */
final class CsvRecords implements Closeable {
  private static final int NOT_READ = -2;
  private final CsvSource source;
  private Reader reader;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private long lineBase;
  private long lastStart;
  private long lastLine = 1;
  private long nextLine = 1;

  CsvRecords(CsvSource source) {
    this.source = source;
    open(0);
  }

  /**
   * The records from a record boundary on: {@code byteFrom} in the file's bytes, {@code charFrom}
   * characters and {@code linesBefore} line breaks after its start (so lines and positions are the
   * file's own).
   */
  CsvRecords(CsvSource source, int byteFrom, long charFrom, long linesBefore) {
    this.source = source;
    this.lineBase = linesBefore;
    this.lastStart = charFrom;
    this.lastLine = linesBefore + 1;
    this.nextLine = linesBefore + 1;
    open(source.reader(byteFrom), charFrom);
  }

  private void open(long offset) {
    try {
      Reader decoded = source.reader();
      decoded.skip(offset);
      open(decoded, offset);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
  }

  private void open(Reader decoded, long offset) {
    try {
      reader = decoded;
      parser =
          CSVParser.builder()
              .setReader(reader)
              .setFormat(CsvFileReader.format(source.delimiter()))
              .setCharacterOffset(offset)
              .get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
    records = parser.iterator();
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
    nextLine = parser.getCurrentLineNumber() + 1 + lineBase;
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw malformed(source.line(nextLine), e);
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

  CSVRecord next() {
    CSVRecord record = records.next();
    lastStart = record.getCharacterPosition();
    lastLine = nextLine;
    return record;
  }

  /**
   * Whether the malformed row at {@link #line()} ends unambiguously: its first line alone holds an
   * even number of quotes, so the row is that one line and the next row starts on the next line (an
   * odd number may open a field that goes on over the following lines).
   */
  boolean malformedRowIsOneLine() {
    String text = lineText(nextLine);
    return text != null && text.chars().filter(c -> c == '"').count() % 2 == 0;
  }

  /**
   * Steps over the malformed row at {@link #line()}, one line long: reading goes on at the next
   * line.
   *
   * @return the character positions {start, end} of the row stepped over, its line break included
   */
  long[] skipMalformedLine() {
    long[] span = lineSpan(nextLine);
    close();
    lineBase = nextLine;
    lastStart = span[1];
    lastLine = nextLine + 1;
    open(span[1]);
    return span;
  }

  private String lineText(long line) {
    long[] span = lineSpan(line);
    try (Reader in = source.reader()) {
      in.skip(span[0]);
      char[] chars = new char[(int) Math.min(Integer.MAX_VALUE - 8, span[1] - span[0])];
      int n = 0;
      while (n < chars.length) {
        int read = in.read(chars, n, chars.length - n);
        if (read < 0) {
          break;
        }
        n += read;
      }
      return new String(chars, 0, n);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The character positions {start, end} of a line (its line break included), found by counting
   * line breaks from the last record read, as Commons CSV counts them (CRLF, LF or CR alone).
   */
  private long[] lineSpan(long line) {
    try (Reader in = source.reader()) {
      in.skip(lastStart);
      long position = lastStart;
      long at = lastLine;
      long start = line == at ? position : -1;
      int c = in.read();
      while (c >= 0) {
        position++;
        int following = NOT_READ;
        boolean lineBreak = c == '\n';
        if (c == '\r') {
          lineBreak = true;
          following = in.read();
          if (following == '\n') {
            position++;
            following = NOT_READ;
          }
        }
        if (lineBreak) {
          at++;
          if (at == line) {
            start = position;
          } else if (at == line + 1) {
            return new long[] {start, position};
          }
        }
        // the character after a lone CR has been read already
        c = following != NOT_READ ? following : in.read();
      }
      return new long[] {start < 0 ? position : start, position};
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
  }

  private MalformedRowException malformed(long line, RuntimeException e) {
    String detail = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (detail.contains("eof reached before encapsulated token finished")) {
      return new MalformedRowException(
          source.name() + ":" + line + ": a quoted field starts on this line and is never closed",
          "close the quote (a quote inside a quoted field is written as two quotes \"\")",
          "has a quoted field that is never closed (close it with a quote)",
          e);
    }
    if (detail.contains("invalid character between encapsulated token and delimiter")) {
      return new MalformedRowException(
          source.name()
              + ":"
              + line
              + ": a quoted field is followed by other text before the delimiter",
          "write a quote inside a quoted field as two quotes \"\"",
          "has a quoted field followed by other text before the delimiter (a quote inside a"
              + " quoted field is written as two quotes \"\")",
          e);
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof IOException io && !(io.getClass().getName().contains(".csv."))) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + io.getMessage(), io);
    }
    return new MalformedRowException(
        source.name() + ":" + line + ": the row cannot be read as CSV",
        "check the quotes of the row: a quote inside a quoted field is written as two quotes \"\"",
        "cannot be read as CSV",
        e);
  }

  @Override
  public void close() {
    try {
      parser.close();
      reader.close();
    } catch (IOException e) {
      // reading is over; a failure to release the reader changes nothing read
    }
  }

  /** A row whose quotes Commons CSV cannot read: the whole file's error, or the row's problem. */
  static final class MalformedRowException extends ImportException {
    private final String problem;

    MalformedRowException(String message, String fix, String problem, Throwable cause) {
      super(message, fix, cause);
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
