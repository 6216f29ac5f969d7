package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The profiles of HaloPSA, Syncro, Clockify, Zoho Books, FreshBooks, Wave and the Invoice Ninja
 * clients exports each read a fixture written in the system's layout to values computed by hand
 * from the fixture.
 */
class SystemProfilesImportTest {
  private static Books read(String folder) {
    return ProfileImportTest.read(folder);
  }

  /** A folder's books and its one file, read with the profile named. */
  private record Read(Books books, FileImport file) {}

  private static Read single(String folder, String profile) {
    Books books = read(folder);
    assertEquals(1, books.files().size());
    FileImport file = books.files().get(0);
    assertEquals(profile, file.layout().profile());
    return new Read(books, file);
  }

  /**
   * Detection stays unambiguous: a header of exactly one profile's detection columns is detected as
   * that profile, never as another; a profile that reads a second kind of record from another
   * profile's file ({@code same_file_as}) is detected as that profile and reads the file beside it.
   */
  @ParameterizedTest
  @MethodSource("builtIn")
  void everyProfileIsDetectedFromItsOwnColumns(Profile profile) {
    Set<String> header =
        profile.detect().stream().map(Header::normalize).collect(Collectors.toSet());
    ProfileCatalogue.Sniff sniff = new ProfileCatalogue.Sniff(List.of(header), null);
    Profile detected = ProfileCatalogue.detect(sniff, ProfileCatalogue.builtIn());
    if (profile.sameFileAs() == null) {
      assertEquals(profile.name(), detected.name());
    } else {
      assertEquals(profile.sameFileAs(), detected.name());
      assertEquals(
          List.of(profile), SharedFiles.companions(detected, sniff, ProfileCatalogue.builtIn()));
    }
  }

  static List<Profile> builtIn() {
    return ProfileCatalogue.builtIn();
  }

  @Test
  void haloPsaTicketsActionsAndInvoicesFromTheApi() {
    Books books = read("halopsa");
    assertEquals(
        Map.of(
            "actions.json", "halopsa-time",
            "invoices.json", "halopsa-invoices",
            "tickets.json", "halopsa-tickets"),
        ProfileImportTest.profiles(books));
    assertEquals(
        List.of(
            "Ticket[id=2101, client=Acme Corp, opened=2026-10-05T08:23:56,"
                + " closed=2026-10-05T11:40, priority=1, type=1, source=1, summary=Email down]",
            "Ticket[id=2102, client=Bolt LLC, opened=2026-10-06T14:05, closed=null, priority=3,"
                + " type=3, source=2, summary=New starter laptop]",
            "Ticket[id=2103, client=Bolt LLC, opened=2026-10-07T09:00, closed=2026-10-08T10:15,"
                + " priority=2, type=1, source=3, summary=Backup failed]"),
        ProfileImportTest.lines(books.tickets()));
    assertEquals(
        List.of(
            "TimeEntry[id=2101 2, client=Acme Corp, ticketId=2101, technician=Jane Smith,"
                + " date=2026-10-05, hours=1.5, billable=true, workType=Remote Session,"
                + " chargeTo=null, rate=null]",
            "TimeEntry[id=2102 1, client=Bolt LLC, ticketId=2102, technician=Alex Doe,"
                + " date=2026-10-06, hours=2.25, billable=true, workType=Onsite Visit,"
                + " chargeTo=null, rate=null]",
            "TimeEntry[id=2103 2, client=Bolt LLC, ticketId=2103, technician=Alex Doe,"
                + " date=2026-10-08, hours=0.25, billable=false, workType=Private Note,"
                + " chargeTo=null, rate=null]"),
        ProfileImportTest.lines(books.timeEntries()));
    assertEquals(
        Map.of("no time", 2L), ProfileImportTest.file(books, "actions.json").layout().skipped());
    assertEquals(
        List.of(
            "Invoice[id=503, client=Bolt LLC, issued=2026-10-10, due=2026-11-09, amount=90.0,"
                + " paid=null, balance=90.0, kind=null, description=null]",
            "Invoice[id=INV-0501, client=Acme Corp, issued=2026-10-01, due=2026-10-31,"
                + " amount=1200.0, paid=2026-10-20, balance=0.0, kind=RECURRING,"
                + " description=null]",
            "Invoice[id=INV-0502, client=Bolt LLC, issued=2026-10-09, due=2026-11-08,"
                + " amount=281.25, paid=null, balance=181.25, kind=null, description=null]"),
        ProfileImportTest.lines(books.invoices()));
    assertEquals(
        Map.of("voided", 1L), ProfileImportTest.file(books, "invoices.json").layout().skipped());
  }

  @Test
  void syncroTicketsTimersAndInvoicesFromTheApi() {
    Books books = read("syncro");
    assertEquals(
        Map.of(
            "invoices.json", "syncro-invoices",
            "tickets.json", "syncro-tickets",
            "timers.json", "syncro-time"),
        ProfileImportTest.profiles(books));
    assertEquals(
        List.of(
            "Ticket[id=30011, client=Acme Corp, opened=2026-10-05T09:12:34,"
                + " closed=2026-10-05T15:40, priority=1 High, type=Server, source=null,"
                + " summary=Server offline]",
            "Ticket[id=30012, client=Bolt LLC, opened=2026-10-06T11:00, closed=null,"
                + " priority=2 Normal, type=Hardware, source=null, summary=Printer jam]"),
        ProfileImportTest.lines(books.tickets()));
    // 5400 s = 1.5 h; 1200 s = 20 min = 0.333333 h (6 places)
    assertEquals(
        List.of(
            "TimeEntry[id=801, client=Acme Corp, ticketId=30011, technician=7, date=2026-10-05,"
                + " hours=1.5, billable=true, workType=null, chargeTo=null, rate=null]",
            "TimeEntry[id=802, client=Bolt LLC, ticketId=30012, technician=8, date=2026-10-06,"
                + " hours=0.333333, billable=false, workType=null, chargeTo=null, rate=null]"),
        ProfileImportTest.lines(books.timeEntries()));
    assertEquals(
        Map.of("no time", 1L), ProfileImportTest.file(books, "timers.json").layout().skipped());
    assertEquals(
        List.of(
            "Invoice[id=1001, client=Acme Corp, issued=2026-10-05, due=2026-10-20, amount=243.56,"
                + " paid=null, balance=0, kind=null, description=null]",
            "Invoice[id=1002, client=Bolt LLC, issued=2026-10-07, due=2026-10-22, amount=1200.0,"
                + " paid=null, balance=null, kind=null, description=null]"),
        ProfileImportTest.lines(books.invoices()));
  }

  @Test
  void clockifyDetailedReportReadsTheExactDurationAndSkipsTimeWithoutAClient() {
    Read read = single("clockify", "clockify-time");
    // 01:45:00 = 1.75 h, 02:30:00 = 2.5 h, 00:20:00 = 0.333333 h (Duration (decimal) says 0.33)
    assertEquals(
        List.of(
            "TimeEntry[id=null, client=Acme Corp, ticketId=null, technician=Jane Smith,"
                + " date=2026-10-05, hours=1.75, billable=true, workType=Email, chargeTo=null,"
                + " rate=120.00]",
            "TimeEntry[id=null, client=Bolt LLC, ticketId=null, technician=Alex Doe,"
                + " date=2026-10-06, hours=2.5, billable=true, workType=Hardware, chargeTo=null,"
                + " rate=95.00]",
            "TimeEntry[id=null, client=Bolt LLC, ticketId=null, technician=Alex Doe,"
                + " date=2026-10-13, hours=0.333333, billable=false, workType=null,"
                + " chargeTo=null, rate=0.00]"),
        ProfileImportTest.lines(read.books().timeEntries()));
    assertEquals(Map.of("internal (no client)", 1L), read.file().layout().skipped());
    assertEquals(4, read.file().rowsRead());
  }

  @Test
  void zohoBooksGroupsInvoiceLinesAndTakesTheTotalOnce() {
    Read read = single("zohobooks", "zohobooks-invoices");
    // INV-000101: two lines (1000.00 + 100.00), Total 1100.00 once, paid on its last payment date
    assertEquals(
        List.of(
            "Invoice[id=INV-000101, client=Acme Corp, issued=2026-10-01, due=2026-10-31,"
                + " amount=1100.00, paid=2026-10-18, balance=0.00, kind=RECURRING,"
                + " description=Managed services]",
            "Invoice[id=INV-000102, client=Bolt LLC, issued=2026-10-07, due=2026-11-06,"
                + " amount=237.50, paid=null, balance=137.50, kind=null,"
                + " description=Onsite labour]"),
        ProfileImportTest.lines(read.books().invoices()));
    assertEquals(5, read.file().rowsRead());
    assertEquals(Map.of("draft or void", 2L), read.file().layout().skipped());
  }

  @Test
  void invoiceNinjaClientsExportsGiveTheClientNames() {
    Books v5 = read("invoiceninja-clients/v5");
    assertEquals(Map.of("clients.csv", "invoiceninja5-clients"), ProfileImportTest.profiles(v5));
    assertEquals(
        List.of(
            "Client[name=Acme Corp, endpoints=null, users=null, since=null]",
            "Client[name=Bolt, LLC, endpoints=null, users=null, since=null]"),
        ProfileImportTest.lines(v5.clients()));
    // v4: a title line, a blank line and CLIENTS before the header
    Books v4 = read("invoiceninja-clients/v4");
    FileImport file = v4.files().get(0);
    assertEquals("invoiceninja4-clients", file.layout().profile());
    assertEquals(2, file.rowsAccepted());
    assertEquals(
        List.of(
            "Client[name=Acme Corp, endpoints=null, users=null, since=null]",
            "Client[name=Bolt LLC, endpoints=null, users=null, since=null]"),
        ProfileImportTest.lines(v4.clients()));
  }

  @Test
  void freshBooksInvoicesFromTheApiResponseNestedInResponseResult() {
    Read read = single("freshbooks", "freshbooks-invoices");
    // a person without an organization is named by fname and lname; the draft is left out
    assertEquals(
        List.of(
            "Invoice[id=0000101, client=Acme Corp, issued=2026-10-01, due=2026-10-31,"
                + " amount=1100.00, paid=2026-10-18, balance=0.00, kind=null,"
                + " description=October managed services]",
            "Invoice[id=0000102, client=Bolt LLC, issued=2026-10-07, due=2026-11-06,"
                + " amount=237.50, paid=null, balance=137.50, kind=null, description=null]",
            "Invoice[id=0000103, client=Kim Park, issued=2026-10-12, due=2026-10-26,"
                + " amount=95.00, paid=null, balance=95.00, kind=null,"
                + " description=Home office visit]"),
        ProfileImportTest.lines(read.books().invoices()));
    assertEquals(Map.of("draft", 1L), read.file().layout().skipped());
  }

  @Test
  void waveInvoicesFromTheGraphQlResponseOneInvoicePerEdge() {
    Read read = single("wave", "wave-invoices");
    assertEquals(
        List.of(
            "Invoice[id=12, client=Acme Corp, issued=2026-10-01, due=2026-10-31, amount=1100.00,"
                + " paid=null, balance=0.00, kind=null, description=null]",
            "Invoice[id=13, client=Bolt LLC, issued=2026-10-07, due=2026-11-06, amount=237.50,"
                + " paid=null, balance=137.50, kind=null, description=null]"),
        ProfileImportTest.lines(read.books().invoices()));
    assertEquals(Map.of("draft", 1L), read.file().layout().skipped());
  }
}
