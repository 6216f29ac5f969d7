package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON from the PSAs' REST APIs is read as rows with dotted column names, so the same profiles read
 * it; every problem names the file and the record's line.
 */
class JsonRecordsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/profiles/json-api");

  /** Detection on, no aliases: the error policy, rejects folder and explicit files given. */
  private static ImportOptions options(
      ErrorPolicy onError, Path rejects, Map<io.mrrlens.model.FileKind, List<Path>> files) {
    return new ImportOptions(
        null, null, false, onError, rejects, Map.of(), files, List.of(), false, null);
  }

  /** The header and rows a JSON text is read as. */
  private static List<List<String>> rows(String json) throws IOException {
    CsvSource source = JsonRecords.parse(json.getBytes(StandardCharsets.UTF_8), "x.json");
    List<List<String>> rows = new ArrayList<>();
    try (CsvRecords records = new CsvRecords(source)) {
      while (records.hasNext()) {
        List<String> row = new ArrayList<>();
        records.next().forEach(row::add);
        rows.add(row);
      }
    }
    return rows;
  }

  /** The rows of a JSON text as one map of column to value per record. */
  private static List<java.util.Map<String, String>> records(String json) throws IOException {
    List<List<String>> rows = rows(json);
    List<java.util.Map<String, String>> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      java.util.Map<String, String> record = new java.util.TreeMap<>();
      for (int i = 0; i < row.size(); i++) {
        record.put(rows.get(0).get(i), row.get(i));
      }
      out.add(record);
    }
    return out;
  }

  private static List<String> backwards(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /** One record as JSON, its fields (and its company's) in the given order or reversed. */
  private static String record(java.util.Random random, int id, boolean reversed) {
    List<String> company =
        new ArrayList<>(
            List.of(
                "\"id\":" + (id % 3),
                "\"name\":\"Client " + (id % 3) + "\"",
                "\"site\":{\"name\":\"Site " + id + "\"}"));
    List<String> fields =
        new ArrayList<>(
            List.of(
                "\"id\":" + id,
                "\"company\":{" + String.join(",", reversed ? backwards(company) : company) + "}",
                "\"actualHours\":" + random.nextInt(1, 96) / 4.0,
                "\"tags\":[\"t" + random.nextInt(5) + "\",\"u\"]",
                "\"lines\":[{\"amount\":" + random.nextInt(1000) + "}]",
                "\"closed\":" + (random.nextBoolean() ? "null" : "\"2026-10-05T10:00:00Z\"")));
    return "{" + String.join(",", reversed ? backwards(fields) : fields) + "}";
  }

  /** Field order within records changes no record's values (seeded, 20 random books). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void fieldOrderChangesNoRecord(int seed) throws IOException {
    int count = new java.util.Random(seed).nextInt(1, 30);
    List<String> forward = new ArrayList<>();
    List<String> backward = new ArrayList<>();
    java.util.Random a = new java.util.Random(seed);
    java.util.Random b = new java.util.Random(seed);
    for (int i = 0; i < count; i++) {
      forward.add(record(a, i, false));
      backward.add(record(b, i, true));
    }
    List<java.util.Map<String, String>> one = records("[" + String.join(",\n", forward) + "]");
    assertEquals(count, one.size());
    assertEquals(one, records("[" + String.join(",", backward) + "]"));
  }

  @Test
  void nestedObjectsBecomeDottedColumnsAndMissingFieldsEmptyCells() throws IOException {
    assertEquals(
        List.of(
            List.of("id", "company.id", "company.name", "closed", "company.site.name"),
            List.of("1", "250", "Acme Corp", "", ""),
            List.of("2", "251", "Bolt LLC", "true", "Main")),
        rows(
            "[{\"id\":1,\"company\":{\"id\":250,\"name\":\"Acme Corp\"},\"closed\":null},"
                + "{\"id\":2,\"company\":{\"id\":251,\"name\":\"Bolt LLC\",\"site\":{\"name\":"
                + "\"Main\"}},\"closed\":true}]"));
  }

  @Test
  void arraysOfValuesAreJoinedAndArraysOfObjectsNumbered() throws IOException {
    assertEquals(
        List.of(
            List.of("tags", "lines.0.amount", "lines.1.amount", "empty"),
            List.of("a; b", "10.50", "150", "")),
        rows(
            "[{\"tags\":[\"a\",\"b\"],\"lines\":[{\"amount\":10.50},{\"amount\":1.5e2}],"
                + "\"empty\":[]}]"));
  }

  @Test
  void pagesOfRecordsAndSeveralPagesOneAfterAnother() throws IOException {
    List<List<String>> expected =
        List.of(List.of("id", "client_name"), List.of("7", "Acme"), List.of("8", "Bolt"));
    assertEquals(
        expected,
        rows(
            "{\"items\":[{\"id\":7,\"client_name\":\"Acme\"},{\"id\":8,\"client_name\":\"Bolt\"}],"
                + "\"pageDetails\":{\"count\":2,\"nextPageUrl\":null}}"));
    assertEquals(
        expected,
        rows(
            "{\"page_no\":1,\"record_count\":2,\"columns\":[{\"id\":1,\"name\":\"summary\"}],"
                + "\"tickets\":[{\"id\":7,\"client_name\":\"Acme\"}]}\n"
                + "{\"page_no\":2,\"record_count\":2,\"tickets\":[{\"id\":8,\"client_name\":\"Bolt\"}]}"));
    assertEquals(
        expected,
        rows("[{\"id\":7,\"client_name\":\"Acme\"}]\n[{\"id\":8,\"client_name\":\"Bolt\"}]"));
  }

  @Test
  void aNamedListInsideNestedObjectsHoldsTheRecords() throws IOException {
    assertEquals(
        List.of(List.of("node.invoiceNumber", "node.total.value"), List.of("12", "1100.00")),
        rows(
            "{\"data\":{\"business\":{\"invoices\":{\"pageInfo\":{\"totalCount\":1},"
                + "\"edges\":[{\"node\":{\"invoiceNumber\":\"12\",\"total\":{\"value\":"
                + "\"1100.00\"}}}]}}}}"));
  }

  @Test
  void aSingleObjectWithoutAListIsOneRecord() throws IOException {
    assertEquals(
        List.of(List.of("id", "summary"), List.of("5", "VPN")),
        rows("{\"id\":5,\"summary\":\"VPN\"}"));
    assertEquals(
        List.of(List.of("id", "title"), List.of("8001", "Email down")),
        rows("{\"item\":{\"id\":8001,\"title\":\"Email down\"}}"));
  }

  @Test
  void aRecordIsLocatedAtTheLineOfItsOpeningBraceEvenAfterValuesWithLineBreaks() {
    CsvSource source =
        JsonRecords.parse(
            ("[\n  {\n    \"id\": 1,\n    \"notes\": \"one\\ntwo\\nthree\"\n  },\n"
                    + "  {\n    \"id\": 2\n  }\n]")
                .getBytes(StandardCharsets.UTF_8),
            "x.json");
    // CSV: line 1 header, lines 2-4 the first record (two line breaks in notes), line 5 the second
    assertEquals(1, source.line(1));
    assertEquals(2, source.line(2));
    assertEquals(6, source.line(5));
  }

  @Test
  void recordsWrittenOnOneLineAreLocatedByTheirPosition() {
    CsvSource source =
        JsonRecords.parse(
            "[{\"id\":1},{\"id\":2},{\"id\":3}]".getBytes(StandardCharsets.UTF_8), "x.json");
    assertEquals(1, source.line(2));
    assertEquals(3, source.line(4));
  }

  @Test
  void utf16WithAByteOrderMarkAsWindowsPowerShellWritesIt() throws IOException {
    byte[] text = "[{\"company\":{\"name\":\"Café Zürich\"}}]".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    CsvSource source = JsonRecords.parse(bytes, "x.json");
    assertEquals("\"company.name\"\n\"Café Zürich\"\n", source.text());
  }

  @Test
  void utf8WithAByteOrderMarkAsSetContentWritesIt() {
    byte[] text = "[{\"company\":{\"name\":\"Café\"}}]".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    assertEquals("\"company.name\"\n\"Café\"\n", JsonRecords.parse(bytes, "x.json").text());
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    ImportException e =
        assertThrows(ImportException.class, () -> rows("[\n  {\"id\": 1},\n  {\"id\": 2,}\n]"));
    assertEquals(
        "x.json:3: the file is not valid JSON (column 12): Unexpected character ('}' (code 125)):"
            + " was expecting double-quote to start field name",
        e.getMessage());
  }

  @Test
  void valuesThatAreNotRecordsAreNamed() {
    ImportException scalars = assertThrows(ImportException.class, () -> rows("[\n  1,\n  2\n]"));
    assertEquals(
        "x.json:2: a number where a record (a JSON object) was expected", scalars.getMessage());
    ImportException text = assertThrows(ImportException.class, () -> rows("\"tickets\""));
    assertEquals(
        "x.json:1: a text value where a record (a JSON object) was expected", text.getMessage());
  }

  @Test
  void anEmptyPageIsAnEmptyFile() {
    CsvSource source =
        JsonRecords.parse(
            "{\"items\":[],\"pageDetails\":{\"count\":0}}".getBytes(StandardCharsets.UTF_8),
            "x.json");
    assertTrue(source.isBlank());
  }

  @Test
  void connectWiseTimeEntriesFromTheRestApiReadByTheConnectWiseProfile() {
    Books books = new BooksImporter(ImportOptions.defaults()).read(FIXTURES.resolve("connectwise"));
    FileImport file = books.files().get(0);
    assertEquals("time.json", file.file());
    assertEquals("connectwise-time", file.layout().profile());
    assertEquals(
        List.of(
            "TimeEntry[id=601, client=Acme Corp, ticketId=9101, technician=jsmith,"
                + " date=2026-10-05, hours=1.75, billable=true, workType=Remote,"
                + " chargeTo=AGREEMENT, rate=150.0]",
            "TimeEntry[id=602, client=Bolt LLC, ticketId=9102, technician=adoe, date=2026-10-06,"
                + " hours=2.5, billable=true, workType=Onsite, chargeTo=TIME_AND_MATERIALS,"
                + " rate=125]",
            "TimeEntry[id=603, client=Bolt LLC, ticketId=9103, technician=adoe, date=2026-10-07,"
                + " hours=0.25, billable=false, workType=Remote, chargeTo=TIME_AND_MATERIALS,"
                + " rate=125]"),
        books.timeEntries().stream().map(Object::toString).toList());
  }

  @Test
  void autotaskPagesWithCompanyIdsNamedByTheCompaniesPage() {
    Books books = new BooksImporter(ImportOptions.defaults()).read(FIXTURES.resolve("autotask"));
    assertEquals(
        List.of(
            "Ticket[id=8001, client=Acme Corp, opened=2026-10-05T12:55, closed=2026-10-05T16:10,"
                + " priority=High, type=incident, source=2, summary=Email down]",
            "Ticket[id=8002, client=Bolt LLC, opened=2026-10-06T08:00, closed=null,"
                + " priority=Medium, type=service request, source=4, summary=Printer offline]"),
        books.tickets().stream().map(Object::toString).toList());
    assertEquals(List.of(), books.warnings());
  }

  @Test
  void aJsonFileGivenExplicitlyWithCanonicalFieldsIsReadCanonically(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("export.json");
    Files.writeString(
        file, "[{\"ticket_id\": \"T1\", \"client\": \"Acme\", \"opened\": \"2026-10-01T09:00\"}]");
    ImportOptions options =
        options(ErrorPolicy.FAIL, null, Map.of(io.mrrlens.model.FileKind.TICKETS, List.of(file)));
    Books books = new BooksImporter(options).read(dir);
    assertEquals(
        List.of(
            "Ticket[id=T1, client=Acme, opened=2026-10-01T09:00, closed=null, priority=null,"
                + " type=null, source=null, summary=null]"),
        books.tickets().stream().map(Object::toString).toList());
  }

  @Test
  void aRejectedRecordIsLocatedAtItsLineAndWrittenAsCsv(@TempDir Path dir) throws IOException {
    Path books = dir.resolve("books");
    Files.createDirectories(books);
    Files.writeString(
        books.resolve("time.json"),
        "[\n"
            + "  {\"id\": 1, \"company\": {\"name\": \"Acme\"}, \"chargeToType\": \"ServiceTicket\","
            + " \"timeStart\": \"2026-10-05T13:00:00Z\", \"actualHours\": 1},\n"
            + "  {\"id\": 2, \"company\": {\"name\": \"Acme\"}, \"chargeToType\": \"ServiceTicket\","
            + " \"timeStart\": \"2026-10-06T13:00:00Z\", \"actualHours\": \"lots\"}\n"
            + "]\n");
    Path rejects = dir.resolve("rejects");
    ImportOptions options = options(ErrorPolicy.SKIP, rejects, Map.of());
    Books read = new BooksImporter(options).read(books);
    List<String> messages = read.rejections().stream().map(Rejection::message).toList();
    assertEquals(List.of("time.json:3: actualHours \"lots\" is not a number"), messages);
    assertEquals(
        "\"id\",\"company.name\",\"chargeToType\",\"timeStart\",\"actualHours\"\n"
            + "\"2\",\"Acme\",\"ServiceTicket\",\"2026-10-06T13:00:00Z\",\"lots\"\n",
        Files.readString(rejects.resolve("time.json.csv")));
  }
}
