package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte reader of CSV reads every text as Commons CSV reads it with the import's format: the
 * same values, character positions and lines of every record, the same malformed rows at the same
 * lines, and the same rows after a malformed row one line long is stepped over. Seeded random texts
 * (valid rows, rows with quotes in every place, line breaks of all three kinds, characters of one
 * to four UTF-8 bytes, Unicode whitespace after a closing quote), in UTF-8 and Windows-1252, read
 * through buffers from two bytes (every record crosses a read) to the real size.
 */
class CsvRecordsTest {
  @TempDir Path dir;

  private static final int[] BUFFERS = {2, 3, 7, 64, 1 << 16};

  static Stream<Integer> seeds() {
    return IntStream.range(0, 400).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsAsCommonsCsvReads(int seed) throws IOException {
    Random random = new Random(seed);
    boolean utf8 = seed % 4 != 3;
    char delimiter = ",;\t".charAt(seed % 3);
    String text =
        random.nextBoolean() ? rows(random, delimiter, utf8) : soup(random, delimiter, utf8);
    Charset charset = utf8 ? StandardCharsets.UTF_8 : CsvSource.WINDOWS_1252;
    Path file = dir.resolve("time-" + seed + ".csv");
    Files.write(file, text.getBytes(charset));
    CsvSource source = CsvSource.read(file, "time.csv", utf8 ? null : charset);
    List<String> expected = commons(text, source.delimiter());
    for (int buffer : BUFFERS) {
      assertEquals(
          expected,
          events(source, buffer),
          "seed " + seed + ", buffer " + buffer + ", text " + visible(text));
    }
  }

  /** Positions by hand: a, comma, quote, é, CRLF, 😀 (two units), quote, CRLF make 11. */
  @Test
  void countsPositionsInUtf16UnitsAndLinesAsCommonsCsv() throws IOException {
    String text = "a,\"é\r\n😀\"\r\nb,€\rc\n\n\"x\" ,y";
    Path file = dir.resolve("time.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    CsvSource source = CsvSource.read(file, "time.csv", null);
    assertEquals(
        List.of(
            "line 1 at 0: [a, é\r\n😀]",
            "line 3 at 11: [b, €]",
            "line 4 at 15: [c]",
            "line 5 at 17: []",
            "line 6 at 18: [x, y]"),
        events(source, 1 << 16));
    assertEquals(commons(text, ','), events(source, 2));
  }

  /**
   * Values that repeat share one string and values that do not are read all the same, past the
   * trial after which a column of unique values is no longer looked up among recent ones.
   */
  @Test
  void repeatedAndUniqueValuesReadTheSameOverManyRows() throws IOException {
    StringBuilder text = new StringBuilder("id,client,hours\n");
    for (int i = 0; i < 10_000; i++) {
      text.append("E-").append(i).append(",Client ").append(i % 3).append(',');
      text.append(i % 2 == 0 ? "\"1,5\"" : "0.25").append('\n');
    }
    Path file = dir.resolve("time.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    CsvSource source = CsvSource.read(file, "time.csv", null);
    try (CsvRecords records = new CsvRecords(source)) {
      records.next();
      CsvRow first = records.next();
      for (int i = 1; i < 10_000; i++) {
        CsvRow row = records.next();
        assertEquals("E-" + i, row.get(0));
        assertEquals("Client " + (i % 3), row.get(1));
        assertEquals(i % 2 == 0 ? "1,5" : "0.25", row.get(2));
        if (i % 3 == 0 && i % 2 == 0) {
          assertTrue(first.get(1) == row.get(1) && first.get(2) == row.get(2), "shared at " + i);
        }
      }
      assertTrue(!records.hasNext());
    }
  }

  /** What the byte reader reads, stepping over malformed rows one line long. */
  private static List<String> events(CsvSource source, int buffer) {
    List<String> events = new ArrayList<>();
    try (CsvRecords records = new CsvRecords(source, 0, 0, 0, buffer)) {
      while (true) {
        try {
          if (!records.hasNext()) {
            break;
          }
        } catch (CsvRecords.MalformedRowException e) {
          String kind = e.getMessage().contains("never closed") ? "unclosed" : "text after quote";
          if (!records.malformedRowIsOneLine()) {
            events.add("line " + records.line() + ": " + kind);
            break;
          }
          long line = records.line();
          long[] span = records.skipMalformedLine();
          events.add("line " + line + ": " + kind + ", skipped " + span[0] + "-" + span[1]);
          continue;
        }
        long line = records.line();
        CsvRow row = records.next();
        List<String> values = new ArrayList<>();
        row.forEach(values::add);
        events.add("line " + line + " at " + row.position() + ": " + values);
      }
    }
    return events;
  }

  /**
   * What Commons CSV reads, stepping over a malformed row one line long by reading on from the line
   * after it (lines and positions carried over).
   */
  private static List<String> commons(String text, char delimiter) {
    List<String> events = new ArrayList<>();
    int from = 0;
    long linesBefore = 0;
    restart:
    while (true) {
      try (CSVParser parser =
          CSVParser.builder()
              .setReader(new StringReader(text.substring(from)))
              .setFormat(importFormat(delimiter))
              .setCharacterOffset(from)
              .get()) {
        Iterator<CSVRecord> it = parser.iterator();
        while (true) {
          long line = parser.getCurrentLineNumber() + 1 + linesBefore;
          try {
            if (!it.hasNext()) {
              return events;
            }
          } catch (UncheckedIOException | IllegalStateException e) {
            String detail = String.valueOf(e.getMessage()).toLowerCase();
            String kind = detail.contains("eof reached") ? "unclosed" : "text after quote";
            int start = lineStart(text, line);
            int end = lineEnd(text, start);
            String lineText = text.substring(start, end);
            if (lineText.chars().filter(c -> c == '"').count() % 2 != 0) {
              events.add("line " + line + ": " + kind);
              return events;
            }
            int next = end;
            if (next < text.length()) {
              next += text.startsWith("\r\n", next) ? 2 : 1;
            }
            events.add("line " + line + ": " + kind + ", skipped " + start + "-" + next);
            from = next;
            linesBefore = line;
            continue restart;
          }
          CSVRecord record = it.next();
          events.add(
              "line " + line + " at " + record.getCharacterPosition() + ": " + record.toList());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The format the import read CSV with through Commons CSV, which the byte reader keeps: RFC 4180
   * with the file's delimiter, blank lines and surrounding spaces kept.
   */
  private static CSVFormat importFormat(char delimiter) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(false)
        .get();
  }

  /** The index where line {@code line} (1 for the first) starts, counting breaks as Commons CSV. */
  private static int lineStart(String text, long line) {
    int i = 0;
    long at = 1;
    while (at < line && i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        at++;
      }
    }
    return i;
  }

  private static int lineEnd(String text, int start) {
    int i = start;
    while (i < text.length() && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  /** Rows of fields, some quoted (with quotes, delimiters and line breaks inside), a few broken. */
  private static String rows(Random random, char delimiter, boolean utf8) {
    StringBuilder text = new StringBuilder();
    int rows = random.nextInt(8);
    String[] breaks = {"\n", "\r\n", "\r"};
    String lineBreak = breaks[random.nextInt(3)];
    for (int r = 0; r < rows; r++) {
      int fields = 1 + random.nextInt(5);
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          text.append(delimiter);
        }
        String value = word(random, delimiter, utf8, 6);
        int shape = random.nextInt(10);
        if (shape < 4) {
          text.append('"').append(value.replace("\"", "\"\"")).append('"');
          if (shape == 0) {
            text.append(pick(random, utf8 ? " \t\u000b\u2003\u00a0x\"" : " \t\u000b\u00a0x\""));
          }
        } else {
          text.append(
              value.replace("\r", "").replace("\n", "").replace(String.valueOf(delimiter), ""));
        }
      }
      if (r < rows - 1 || random.nextBoolean()) {
        text.append(random.nextInt(10) == 0 ? breaks[random.nextInt(3)] : lineBreak);
      }
    }
    return text.toString();
  }

  /** Any characters of the ones that matter, in any order. */
  private static String soup(Random random, char delimiter, boolean utf8) {
    return word(random, delimiter, utf8, 40);
  }

  private static String word(Random random, char delimiter, boolean utf8, int longest) {
    List<String> pieces =
        new ArrayList<>(
            List.of("a", "b", "1", " ", "\"", "\"", "\n", "\r", "\r\n", "é", "€", "\u00a0", "\t"));
    pieces.addAll(
        List.of("\u000b", ",", ";", String.valueOf(delimiter), String.valueOf(delimiter)));
    if (utf8) {
      // four UTF-8 bytes (two UTF-16 units), and a Unicode space: neither is in Windows-1252
      pieces.addAll(List.of("😀", "\u2003"));
    }
    StringBuilder word = new StringBuilder();
    int length = random.nextInt(longest + 1);
    for (int i = 0; i < length; i++) {
      word.append(pieces.get(random.nextInt(pieces.size())));
    }
    return word.toString();
  }

  private static String pick(Random random, String characters) {
    return String.valueOf(characters.charAt(random.nextInt(characters.length())));
  }

  private static String visible(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  @Test
  void theRandomTextsReachEveryCase() {
    int malformed = 0;
    int multiline = 0;
    for (int seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      boolean utf8 = seed % 4 != 3;
      char delimiter = ",;\t".charAt(seed % 3);
      String text =
          random.nextBoolean() ? rows(random, delimiter, utf8) : soup(random, delimiter, utf8);
      List<String> events = commons(text, delimiter);
      if (events.stream()
          .anyMatch(e -> e.contains("skipped") || e.endsWith("quote") || e.endsWith("unclosed"))) {
        malformed++;
      }
      if (events.stream().anyMatch(e -> e.contains("\n") || e.contains("\r"))) {
        multiline++;
      }
    }
    assertTrue(malformed > 40, "malformed texts: " + malformed);
    assertTrue(multiline > 40, "texts with a line break in a value: " + multiline);
  }
}
