package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How an input file's bytes are read: encoding (formats.md, Values) and delimiter. */
class CsvSourceTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  private Path write(String fileName, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part);
    }
    Path path = dir.resolve(fileName);
    Files.write(path, out.toByteArray());
    return path;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private CsvSource source(String text) throws IOException {
    return CsvSource.read(write("any.csv", utf8(text)), "any.csv", null);
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[64];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  @Nested
  class Encoding {
    /**
     * Room for a file's rows: its lines when each record is one line; when its first records span
     * several lines (quoted notes with line breaks, an escaped quote among them), about its
     * records, never fewer than there are.
     */
    @Test
    void roomForTheRowsIsTheLinesOrAboutTheRecordsWhenRecordsSpanLines() throws IOException {
      StringBuilder plain = new StringBuilder("entry_id,client,notes\n");
      StringBuilder multi = new StringBuilder("ticket_id,client,notes\n");
      for (int i = 0; i < 300; i++) {
        plain.append("E-").append(i).append(",Acme,\"a \"\"quoted\"\" note\"\n");
        multi.append("T-").append(i).append(",Acme,\"first line\nsecond \"\"line\"\"\nthird\"\n");
      }
      CsvSource one = CsvSource.read(write("time.csv", utf8(plain.toString())), "time.csv", null);
      assertEquals(302, one.estimatedRows());
      assertEquals(1.0, one.linesPerRecord());
      CsvSource three = CsvSource.read(write("tickets.csv", utf8(multi.toString())), "t.csv", null);
      assertEquals(901.0 / 301, three.linesPerRecord(), 1e-9);
      int rows = three.estimatedRows();
      assertTrue(rows >= 301 && rows < 400, "room for " + rows + " rows");
      // a file that is not UTF-8 (a Windows-1252 e-acute) is estimated from its first 256 KB
      byte[] latin = multi.toString().replace("Acme", "Caf\u00e9").getBytes(CsvSource.WINDOWS_1252);
      CsvSource other = CsvSource.read(write("tickets-1252.csv", latin), "t.csv", null);
      assertEquals(-1, other.lineFeeds());
      int estimated = other.estimatedRows();
      assertTrue(estimated >= 301 && estimated < 400, "room for " + estimated + " rows");
    }

    @Test
    void utf8WithoutBom() throws IOException {
      String text = "client,hours\nCafé Zoë,1.5\n";
      CsvSource source = CsvSource.read(write("time.csv", utf8(text)), "time.csv", null);
      assertEquals("time.csv", source.name());
      assertEquals(StandardCharsets.UTF_8, source.charset());
      assertEquals("UTF-8", source.encodingName());
      assertNull(source.invalidUtf8());
      assertEquals(text, source.text());
      assertEquals(text, readAll(source.reader()));
    }

    @Test
    void utf8WithBomLeavesTheBomOut() throws IOException {
      String text = "client,hours\nCafé,1.5\n";
      CsvSource source = CsvSource.read(write("time.csv", BOM, utf8(text)), "time.csv", null);
      assertEquals(StandardCharsets.UTF_8, source.charset());
      assertEquals("UTF-8 (BOM)", source.encodingName());
      assertNull(source.invalidUtf8());
      assertEquals(text, source.text());
      assertEquals('c', source.text().charAt(0));
      assertEquals(text, readAll(source.reader()));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndNamesTheLine() throws IOException {
      // 0xE9 is é in Windows-1252 and 0x80 is €; neither is valid UTF-8 on its own.
      Path path =
          write(
              "invoices.csv",
              utf8("invoice_id,client,amount\nI-1,Acme,10\nI-2,Caf"),
              bytes(0xE9),
              utf8(",12\nI-3,Euro "),
              bytes(0x80),
              utf8(",5\n"));
      CsvSource source = CsvSource.read(path, "invoices.csv", null);
      assertEquals(CsvSource.WINDOWS_1252, source.charset());
      assertEquals("Windows-1252", source.encodingName());
      assertEquals("line 3", source.invalidUtf8());
      assertEquals(
          "invoice_id,client,amount\nI-1,Acme,10\nI-2,Café,12\nI-3,Euro €,5\n", source.text());
    }

    @Test
    void invalidUtf8OnTheHeaderLineIsLine1() throws IOException {
      Path path = write("clients.csv", utf8("client,r"), bytes(0xE9), utf8("gion\nAcme,Nord\n"));
      CsvSource source = CsvSource.read(path, "clients.csv", null);
      assertEquals("line 1", source.invalidUtf8());
      assertEquals("client,région\nAcme,Nord\n", source.text());
    }

    @Test
    void crlfLinesAreCountedOnce() throws IOException {
      Path path = write("time.csv", utf8("a,b\r\n1,2\r\n3,"), bytes(0xE9), utf8("\r\n"));
      assertEquals("line 3", CsvSource.read(path, "time.csv", null).invalidUtf8());
    }

    @Test
    void forcedWindows1252IsUsedEvenOnValidUtf8() throws IOException {
      Path path = write("time.csv", utf8("client\nCafé\n"));
      CsvSource source = CsvSource.read(path, "time.csv", CsvSource.WINDOWS_1252);
      assertEquals(CsvSource.WINDOWS_1252, source.charset());
      assertEquals("Windows-1252", source.encodingName());
      assertNull(source.invalidUtf8());
      // the two UTF-8 bytes of é (C3 A9) read as two Windows-1252 characters
      assertEquals("client\nCafÃ©\n", source.text());
    }

    @Test
    void forcedWindows1252ReadsItsOwnBytes() throws IOException {
      Path path = write("time.csv", utf8("client\nCaf"), bytes(0xE9), utf8("\n"));
      CsvSource source = CsvSource.read(path, "time.csv", Charset.forName("windows-1252"));
      assertEquals("client\nCafé\n", source.text());
      assertNull(source.invalidUtf8());
    }

    @Test
    void forcedOtherCharsetIsNamedByJava() throws IOException {
      Path path = write("time.csv", utf8("client\n"));
      CsvSource source = CsvSource.read(path, "time.csv", StandardCharsets.ISO_8859_1);
      assertEquals(StandardCharsets.ISO_8859_1, source.charset());
      assertEquals("ISO-8859-1", source.encodingName());
    }

    @Test
    void forcedUtf8OnValidUtf8() throws IOException {
      Path path = write("time.csv", BOM, utf8("client\nZoë\n"));
      CsvSource source = CsvSource.read(path, "time.csv", StandardCharsets.UTF_8);
      assertEquals(StandardCharsets.UTF_8, source.charset());
      assertEquals("UTF-8 (BOM)", source.encodingName());
      assertEquals("client\nZoë\n", source.text());
    }

    @Test
    void forcedUtf8OnInvalidBytesIsAnErrorNamingFileAndLine() throws IOException {
      Path path = write("invoices.csv", utf8("invoice_id,client\nI-1,Acme\nI-2,Caf"), bytes(0xE9));
      ImportException e =
          assertThrows(
              ImportException.class,
              () -> CsvSource.read(path, "invoices.csv", StandardCharsets.UTF_8));
      assertEquals("invoices.csv:3: the file is not valid UTF-8", e.getMessage());
      assertTrue(e.fix().contains("--encoding windows-1252"), e.fix());
    }

    @Test
    void aMissingFileIsAnIoError() {
      Path missing = dir.resolve("nope.csv");
      UncheckedIOException e =
          assertThrows(UncheckedIOException.class, () -> CsvSource.read(missing, "nope.csv", null));
      assertEquals("cannot read nope.csv: no such file", e.getMessage());
    }
  }

  @Nested
  class Delimiter {
    static Stream<Arguments> headers() {
      return Stream.of(
          Arguments.of("comma", "client,hours,date\nAcme;x,1,2", ','),
          Arguments.of("semicolon", "client;hours;date\nAcme,1;2;3", ';'),
          Arguments.of("tab", "client\thours\tdate\nAcme,x\t1\t2", '\t'),
          Arguments.of("quoted commas", "\"client, name\";\"amount, usd\";date\n", ';'),
          Arguments.of("quoted semicolons", "\"a;b;c\",d\n", ','),
          Arguments.of("doubled quotes", "\"a \"\"x;y;z\"\"\",b\n", ','),
          Arguments.of("single column", "client\nAcme\n", ','),
          Arguments.of("leading blank lines", "\n\r\n  client;hours\n", ';'),
          Arguments.of("tie comma and semicolon", "a,b;c\n", ','),
          Arguments.of("tie comma and tab", "a,b\tc\n", ','),
          Arguments.of("tie semicolon and tab", "a;b\tc;d\te\n", ';'),
          Arguments.of("first line only", "a,b\n1;2;3;4;5\n", ','),
          Arguments.of("quoted line break", "\"a\nb\";c;d\n1,2,3,4,5\n", ';'),
          Arguments.of("CRLF", "a;b\r\n1,2,3,4\r\n", ';'));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("headers")
    void comesFromTheHeaderLine(String name, String text, char expected) throws IOException {
      assertEquals(expected, source(text).delimiter(), name);
    }

    @Test
    void isFoundAfterABom() throws IOException {
      CsvSource source = CsvSource.read(write("x.csv", BOM, utf8("a;b;c\n")), "x.csv", null);
      assertEquals(';', source.delimiter());
    }

    @Test
    void isCommaForAnEmptyFile() throws IOException {
      assertEquals(',', source("").delimiter());
    }
  }

  @Nested
  class Blank {
    @Test
    void aZeroByteFileIsBlank() throws IOException {
      assertTrue(source("").isBlank());
    }

    @Test
    void aFileOfBlankLinesIsBlank() throws IOException {
      assertTrue(source("\n\n   \r\n\t\n").isBlank());
    }

    @Test
    void aBomAloneIsBlank() throws IOException {
      CsvSource source = CsvSource.read(write("x.csv", BOM, utf8("\r\n")), "x.csv", null);
      assertTrue(source.isBlank());
      assertEquals("UTF-8 (BOM)", source.encodingName());
    }

    @Test
    void aHeaderIsNotBlank() throws IOException {
      assertFalse(source("\n\nclient\n").isBlank());
      assertFalse(source("x").isBlank());
    }
  }

  @Nested
  class FirstInvalidUtf8 {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("ASCII", bytes('a', 'b', 'c'), -1),
          Arguments.of("empty", bytes(), -1),
          Arguments.of("é two bytes", bytes('a', 0xC3, 0xA9), -1),
          Arguments.of("€ three bytes", bytes(0xE2, 0x82, 0xAC, 'x'), -1),
          Arguments.of("emoji four bytes", bytes(0xF0, 0x9F, 0x98, 0x80), -1),
          Arguments.of("BOM is valid", bytes(0xEF, 0xBB, 0xBF, 'a'), -1),
          Arguments.of("U+D7FF before surrogates", bytes(0xED, 0x9F, 0xBF), -1),
          Arguments.of("U+E000 after surrogates", bytes(0xEE, 0x80, 0x80), -1),
          Arguments.of("U+10FFFF, the last", bytes(0xF4, 0x8F, 0xBF, 0xBF), -1),
          Arguments.of("Windows-1252 é", bytes('C', 'a', 'f', 0xE9), 3),
          Arguments.of("Windows-1252 é mid-line", bytes('C', 'a', 'f', 0xE9, ',', '1'), 3),
          Arguments.of("lone continuation byte", bytes('a', 0x80), 1),
          Arguments.of("overlong NUL C0 80", bytes('a', 0xC0, 0x80), 1),
          Arguments.of("overlong C1 BF", bytes(0xC1, 0xBF), 0),
          Arguments.of("overlong three bytes E0 80 80", bytes('x', 'y', 0xE0, 0x80, 0x80), 2),
          Arguments.of("overlong three bytes E0 9F BF", bytes(0xE0, 0x9F, 0xBF), 0),
          Arguments.of("overlong four bytes F0 80 80 80", bytes(0xF0, 0x80, 0x80, 0x80), 0),
          Arguments.of("high surrogate ED A0 80", bytes('a', 0xED, 0xA0, 0x80), 1),
          Arguments.of("low surrogate ED BF BF", bytes(0xED, 0xBF, 0xBF), 0),
          Arguments.of("above U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80), 0),
          Arguments.of("F5 lead byte", bytes(0xF5, 0x80, 0x80, 0x80), 0),
          Arguments.of("FF byte", bytes('a', 'b', 0xFF), 2),
          Arguments.of("truncated at end", bytes('a', 0xE2, 0x82), 1),
          Arguments.of("truncated two-byte at end", bytes(0xC3), 0),
          Arguments.of("truncated before ASCII", bytes(0xE2, 0x82, 'a'), 0),
          Arguments.of("truncated four-byte", bytes(0xF0, 0x9F, 0x98, 'a'), 0),
          Arguments.of("valid then invalid", bytes(0xC3, 0xA9, 0xE9), 2));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void findsTheFirstBadByte(String name, byte[] input, int expected) {
      assertEquals(expected, CsvSource.firstInvalidUtf8(input, 0), name);
    }

    @Test
    void startsAtTheGivenOffset() {
      byte[] input = bytes(0xE9, 'a', 'b', 0xE9);
      assertEquals(0, CsvSource.firstInvalidUtf8(input, 0));
      assertEquals(3, CsvSource.firstInvalidUtf8(input, 1));
      assertEquals(-1, CsvSource.firstInvalidUtf8(input, 4));
    }
  }

  /** A file of at least 4 MB is mapped rather than read into the heap: the same text comes out. */
  @Test
  void aLargeFileReadsLikeASmallOne() throws IOException {
    StringBuilder text = new StringBuilder("client;note\r\n");
    while (text.length() < 5_000_000) {
      text.append("Caf\u00e9 M\u00fcller \u2013 \u00c5s;\"a;b\"\r\n");
    }
    byte[] body = utf8(text.toString());
    CsvSource large = CsvSource.read(write("large.csv", BOM, body), "large.csv", null);
    assertEquals("UTF-8 (BOM)", large.encodingName());
    assertEquals(';', large.delimiter());
    assertEquals("\r\n", large.lineBreak());
    assertEquals(body.length, large.size());
    assertEquals(text.toString(), readAll(large.reader()));
    assertEquals(text.toString(), large.text());
    assertFalse(large.isBlank());
  }

  @Test
  void aLargeFileThatIsNotUtf8IsReadAsWindows1252AtItsLine() throws IOException {
    StringBuilder text = new StringBuilder("client,note\n");
    while (text.length() < 4_500_000) {
      text.append("Acme,fine\n");
    }
    long lines = text.chars().filter(c -> c == '\n').count();
    CsvSource large =
        CsvSource.read(
            write("large.csv", utf8(text.toString()), bytes('C', 'a', 'f', 0xE9, ',', 'x', '\n')),
            "large.csv",
            null);
    assertEquals("Windows-1252", large.encodingName());
    assertEquals("line " + (lines + 1), large.invalidUtf8());
    assertTrue(large.text().endsWith("Caf\u00e9,x\n"));
    assertEquals('\n', large.lineBreak().charAt(0));
  }
}
