package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Rejection;
import io.mrrlens.model.TimeEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The precision mrrlens keeps (issue 14): money to 4 decimals and hours to 6, rounded half-up with
 * a warning; amounts of a trillion or more and absurdly long cells rejected, located.
 */
class ValuePrecisionTest {
  @TempDir Path dir;

  private static final String TIME_HEADER = BooksImporterTest.TIME_HEADER;

  private void write(String name, String... lines) throws IOException {
    BooksImporterTest.write(dir, name, lines);
  }

  private Books read() {
    ImportOptions options =
        new ImportOptions(
            null,
            null,
            null,
            ErrorPolicy.SKIP,
            dir.resolve("rejects"),
            Map.of(),
            Map.of(),
            List.of(),
            false,
            null);
    return new BooksImporter(options).read(dir);
  }

  private static FileImport file(Books books, String name) {
    return books.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aFloatArtefactInHoursIsRoundedAndWarnedNotOverflowed() throws IOException {
    write(
        "time.csv",
        TIME_HEADER,
        "E1,Acme,,Ann,2026-09-01,8,true,remote,,",
        "E2,Acme,,Ann,2026-09-02,0.30000000000000004,true,remote,,");
    Books books = read();
    List<BigDecimal> hours = books.timeEntries().stream().map(TimeEntry::hours).toList();
    assertEquals(List.of(new BigDecimal("8"), new BigDecimal("0.300000")), hours);
    assertEquals(1, file(books, "time.csv").numbers().rounded());
    assertEquals(
        "line 3, hours \"0.30000000000000004\"", file(books, "time.csv").numbers().firstRounded());
    List<String> warnings = books.warnings().stream().map(ImportWarning::describe).toList();
    assertEquals(
        List.of(
            "time.csv: 1 value had more decimals than mrrlens keeps (money 4, hours 6) and was"
                + " rounded half-up, the first at line 3, hours \"0.30000000000000004\""),
        warnings);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({
    "2.71825, 2.7183",
    "2.71824, 2.7182",
    "-2.71825, -2.7183",
    "0.00005, 0.0001",
    "0.00004999, 0.0000",
    "1234.5678, 1234.5678",
    "999999999999.99994, 999999999999.9999"
  })
  void amountsKeepFourDecimalsRoundedHalfUp(String written, String kept) throws IOException {
    write("invoices.csv", "invoice_id,client,issued,amount", "I-1,Acme,2026-09-01," + written);
    Books books = read();
    Invoice invoice = books.invoices().get(0);
    assertEquals(new BigDecimal(kept), invoice.amount());
  }

  @Test
  void amountsOfATrillionOrMoreAreRejectedWhereTheyAre() throws IOException {
    write(
        "invoices.csv",
        "invoice_id,client,issued,amount",
        "I-1,Acme,2026-09-01,999999999999.9999",
        "I-2,Acme,2026-09-01,-1000000000000",
        "I-3,Acme,2026-09-01,1" + "0".repeat(40),
        "I-4,Acme,2026-09-01,999999999999.99995");
    Books books = read();
    assertEquals(1, books.invoices().size());
    List<String> problems = books.rejections().stream().map(Rejection::message).toList();
    assertEquals(
        List.of(
            "invoices.csv:3: amount \"-1000000000000\" is too large: amounts must be below"
                + " 1,000,000,000,000 in magnitude",
            "invoices.csv:4: amount \"1"
                + "0".repeat(40)
                + "\" is too large: amounts must be below 1,000,000,000,000 in magnitude",
            "invoices.csv:5: amount \"999999999999.99995\" is too large: amounts must be below"
                + " 1,000,000,000,000 in magnitude"),
        problems);
  }

  @Test
  void aMegabyteNumericCellIsRejectedByItsLength() throws IOException {
    write(
        "time.csv",
        TIME_HEADER,
        "E1,Acme,,Ann,2026-09-01," + "9".repeat(1 << 20) + ",true,remote,,",
        "E2,Acme,,Ann,2026-09-02,1.5,true,remote,,");
    Books books = read();
    assertEquals(1, books.timeEntries().size());
    Rejection rejection = books.rejections().get(0);
    assertEquals(2, rejection.line());
    assertEquals(
        "is too long for a number (at most 64 characters: is the column right?)",
        rejection.problem());
  }

  @Test
  void zeroDatesAreNoDates() throws IOException {
    write(
        "invoices.csv",
        "invoice_id,client,issued,due,amount,paid",
        "I-1,Acme,2026-09-01,0000-00-00,100.00,0000-00-00 00:00:00",
        "I-2,Acme,0000-00-00,2026-10-01,100.00,");
    Books books = read();
    Invoice invoice = books.invoices().get(0);
    assertNull(invoice.due());
    assertNull(invoice.paid());
    assertEquals(
        List.of(
            "invoices.csv:3: issued \"0000-00-00\" is no date (0000-00-00 stands for none) but a"
                + " date is required"),
        books.rejections().stream().map(Rejection::message).toList());
  }

  @Test
  void anAmbiguousAmountTakesTheMarkOfItsColumn() throws IOException {
    write(
        "invoices.csv",
        "invoice_id,client,issued,amount,balance",
        "I-1,Acme,2026-09-01,\"1,234\",0",
        "I-2,Acme,2026-09-02,\"53,00\",\"1,234\"",
        "I-3,Acme,2026-09-03,\"1.234\",\"12.5\"");
    Books books = read();
    assertEquals(
        List.of(new BigDecimal("1.234"), new BigDecimal("53.00"), new BigDecimal("1234")),
        books.invoices().stream().map(Invoice::amount).toList());
    assertEquals(
        List.of(new BigDecimal("0"), new BigDecimal("1234"), new BigDecimal("12.5")),
        books.invoices().stream().map(Invoice::balance).toList());
    assertEquals(
        "point and comma (per value)", file(books, "invoices.csv").numbers().decimalMark());
  }
}
