package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.Books;
import io.mrrlens.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ConnectWise agreements' billing cycles (issue 13): {@code billAmount} is one cycle's amount,
 * divided into months by the cycle's recurrence (the Billing Cycle setup table's: Weekly,
 * Bi-Weekly, Monthly, Bi-Monthly, Quarterly, Semi-Annual, Yearly); a cycle the profile does not
 * know, or none beside an amount, rejects the agreement instead of taking its amount as monthly.
 * And the MSP's own company's time, left out by the mapping docs/importing.md gives.
 */
class ConnectWiseRulesTest {
  @TempDir Path dir;

  private Books read(String... agreements) throws IOException {
    Path books = dir.resolve("books");
    Files.createDirectories(books);
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < agreements.length; i++) {
      json.append(agreements[i]).append(i + 1 < agreements.length ? ",\n" : "\n");
    }
    Files.writeString(books.resolve("agreements.json"), json.append("]\n"));
    return new BooksImporter(TestOptions.of(ErrorPolicy.SKIP, dir.resolve("rejects"), Map.of()))
        .read(books);
  }

  private static String agreement(String name, String amount, String cycle, String more) {
    return "{\"name\": \""
        + name
        + "\", \"type\": {\"name\": \"Managed Services\"}, \"company\": {\"name\": \"Fjord"
        + " Fisheries\"}, \"agreementStatus\": \"Active\", \"startDate\":"
        + " \"2026-01-01T00:00:00Z\", \"billAmount\": "
        + amount
        + ", \"billingCycle\": "
        + (cycle == null ? "null" : "{\"id\": 9, \"name\": \"" + cycle + "\"}")
        + more
        + "}";
  }

  private static Map<String, String> fees(Books books) {
    Map<String, String> fees = new TreeMap<>();
    for (Agreement a : books.agreements()) {
      fees.put(
          a.name(),
          a.monthlyFee() == null ? "none" : a.monthlyFee().stripTrailingZeros().toPlainString());
    }
    return fees;
  }

  /**
   * Weekly 100.00 is 100 x 52 / 12 = 433.3333 a month (to the 4 decimals kept); bi-weekly 120.00 is
   * 120 x 26 / 12 = 260; bi-monthly 900.00 is 450; an agreement billed once has no monthly fee; a
   * fee of 0 needs no cycle.
   */
  @Test
  void everyRecurrenceOfTheSetupTableIsMadeMonthly() throws IOException {
    // name, billAmount, billingCycle.name, more fields
    String[][] agreements = {
      {"weekly", "100.00", "Weekly", ""},
      {"bi-weekly", "120.00", "Bi-Weekly", ""},
      {"bi-monthly", "900.00", "Bi-Monthly", ""},
      {"once", "5000.00", "Monthly", ", \"billOneTimeFlag\": true"},
      {"no fee", "0", null, ""}
    };
    Books books =
        read(
            java.util.Arrays.stream(agreements)
                .map(a -> agreement(a[0], a[1], a[2], a[3]))
                .toArray(String[]::new));
    assertEquals(
        Map.of(
            "weekly", "433.3333",
            "bi-weekly", "260",
            "bi-monthly", "450",
            "once", "none",
            "no fee", "0"),
        fees(books));
    assertEquals(List.of(), books.rejections());
  }

  /** A cycle of the MSP's own name, or none beside an amount, is a rejection naming the cycle. */
  @Test
  void anUnknownOrMissingCycleRejectsTheAgreement() throws IOException {
    Books books =
        read(
            agreement("monthly", "1200.00", "Monthly", ""),
            agreement("fortnightly", "500.00", "Fortnightly", ""),
            agreement("no cycle", "300.00", null, ""));
    String known =
        " (known: annual, annually, bi-monthly, bi-weekly, bimonthly, biweekly, monthly, quarterly,"
            + " semi-annual, semi-annually, semiannual, weekly, yearly); name it in your own"
            + " mapping's divide_by map";
    assertEquals(
        List.of(
            "agreements.json:3: billingCycle.name \"Fortnightly\" is not a period the"
                + " connectwise-agreements profile knows, so the monthly_fee cannot be worked out"
                + " from 500.00"
                + known,
            "agreements.json:4: billingCycle.name is blank, so the monthly_fee cannot be worked out"
                + " from 300.00"
                + known),
        books.rejections().stream().map(Rejection::message).toList());
    assertEquals("{monthly=1200}", fees(books).toString());
  }

  /** A mapping's divisor must be a number above 0 or a fraction of two. */
  @Test
  void aDivisorThatIsNotANumberIsAMappingError() {
    String message =
        TestOptions.mappingError(
            "name: mine\nkind: agreements\nfields:\n  client: Customer\n"
                + "  start: Start\n  monthly_fee:\n    column: Fee\n"
                + "    divide_by: {column: Cycle, map: {Weekly: \"12/0\"}}\n");
    assertEquals(
        "mine.yaml: fields.monthly_fee.divide_by.map.Weekly: \"12/0\" is not a divisor; give a"
            + " number above 0, or a fraction such as 12/52",
        message);
  }

  /**
   * The export does not flag the MSP's own company; the mapping docs/importing.md gives (the
   * built-in profile with a skip rule on the company's identifier) leaves its time out, counted,
   * its 2.25 hours shown; the client's 1.5 hours stay.
   */
  @Test
  void theOwnCompanysTimeIsLeftOutByTheDocumentedMapping() throws IOException {
    Path books = dir.resolve("books");
    Files.createDirectories(books);
    Files.writeString(
        books.resolve("time.json"),
        "[\n"
            + "{\"id\": 1, \"company\": {\"identifier\": \"FjordFish\", \"name\": \"Fjord Fisheries\"},"
            + " \"chargeToId\": 7, \"chargeToType\": \"ServiceTicket\", \"timeStart\":"
            + " \"2026-09-02T14:00:00Z\", \"actualHours\": 1.5, \"billableOption\": \"Billable\"},\n"
            + "{\"id\": 2, \"company\": {\"identifier\": \"NorthwindIT\", \"name\": \"Northwind IT\"},"
            + " \"chargeToId\": 8, \"chargeToType\": \"ServiceTicket\", \"timeStart\":"
            + " \"2026-09-03T09:00:00Z\", \"actualHours\": 2.25, \"billableOption\": \"DoNotBill\"}\n"
            + "]\n");
    String builtIn;
    try (var in = ProfileCatalogue.class.getResourceAsStream("profiles/connectwise-time.yaml")) {
      builtIn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Profile mine =
        TestOptions.mapping(
            builtIn
                .replace("name: connectwise-time", "name: cw-time")
                .replace(
                    "skip:\n",
                    "skip:\n  - {reason: internal time (own company), record: true,"
                        + " when: {column: company.identifier, in: [NorthwindIT]}}\n"));
    Books read = new BooksImporter(TestOptions.profiles(dir.resolve("rejects"), mine)).read(books);
    assertEquals(Map.of("Fjord Fisheries", "1.5"), RealExportsTest.hours(read));
    io.mrrlens.model.FileImport file = RealExportsTest.file(read, "time.json");
    assertEquals(Map.of("internal time (own company)", 1L), file.layout().skipped());
    assertEquals("2.25", RealExportsTest.skippedAmount(file, "internal time (own company)"));
  }

  /**
   * An entry of no time (0 hours: a note logged as time, a timer stopped at once) is not work: left
   * out and counted in ConnectWise and Autotask alike, not a rejection that stops the run. The
   * other entries keep their hours: ConnectWise 1.5 (Fjord Fisheries); Autotask 1.75 on ticket 7001
   * (Acme Corp).
   */
  @Test
  void psaEntriesOfNoTimeAreLeftOut() throws IOException {
    Path books = dir.resolve("books");
    Files.createDirectories(books);
    Files.write(
        books.resolve("cw-time.csv"),
        List.of(
            "id,company.name,chargeToId,chargeToType,member.identifier,timeStart,actualHours,billableOption",
            "501,Fjord Fisheries,7,ServiceTicket,jsmith,2026-09-02T14:00:00Z,1.5,Billable",
            "502,Fjord Fisheries,7,ServiceTicket,jsmith,2026-09-02T15:00:00Z,0.00,Billable"));
    Files.copy(
        Path.of("src/test/resources/profiles/autotask/tickets.csv"), books.resolve("tickets.csv"));
    Files.copy(
        Path.of("src/test/resources/profiles/autotask/companies.csv"),
        books.resolve("companies.csv"));
    Files.write(
        books.resolve("at-time.csv"),
        List.of(
            "id,ticketID,resourceID,dateWorked,hoursWorked,isNonBillable",
            "1,7001,29683000,2026-09-02T00:00:00Z,1.75,false",
            "2,7001,29683000,2026-09-02T00:00:00Z,0,false"));
    Books read =
        new BooksImporter(TestOptions.of(ErrorPolicy.FAIL, dir.resolve("rejects"), Map.of()))
            .read(books);
    assertEquals(
        Map.of("Acme Corp", "1.75", "Fjord Fisheries", "1.5"), RealExportsTest.hours(read));
    for (String file : List.of("cw-time.csv", "at-time.csv")) {
      assertEquals(
          Map.of("no time", 1L), RealExportsTest.file(read, file).layout().skipped(), file);
    }
  }
}
