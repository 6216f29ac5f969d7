package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
  private static final Path FIXTURES = Path.of("src/test/resources/profiles");

  private static Books read(String folder) {
    return new BooksImporter(ImportOptions.defaults()).read(FIXTURES.resolve(folder));
  }

  private static Map<String, String> profiles(Books books) {
    return books.files().stream()
        .collect(
            Collectors.toMap(
                FileImport::file, f -> f.layout().profile(), (a, b) -> a, TreeMap::new));
  }

  private static List<String> lines(List<?> records) {
    return records.stream().map(Object::toString).sorted().toList();
  }

  private static FileImport file(Books books, String name) {
    return books.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }

  /**
   * Detection stays unambiguous: a header of exactly one profile's detection columns is detected as
   * that profile, never as another.
   */
  @ParameterizedTest
  @MethodSource("builtIn")
  void everyProfileIsDetectedFromItsOwnColumns(Profile profile) {
    Set<String> header =
        profile.detect().stream().map(Header::normalize).collect(Collectors.toSet());
    ProfileCatalogue.Sniff sniff = new ProfileCatalogue.Sniff(List.of(header), null);
    assertEquals(profile.name(), ProfileCatalogue.detect(sniff, ProfileCatalogue.builtIn()).name());
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
        profiles(books));
    assertEquals(
        List.of(
            "Ticket[id=2101, client=Acme Corp, opened=2026-10-05T08:23:56,"
                + " closed=2026-10-05T11:40, priority=1, type=1, source=1, summary=Email down]",
            "Ticket[id=2102, client=Bolt LLC, opened=2026-10-06T14:05, closed=null, priority=3,"
                + " type=3, source=2, summary=New starter laptop]",
            "Ticket[id=2103, client=Bolt LLC, opened=2026-10-07T09:00, closed=2026-10-08T10:15,"
                + " priority=2, type=1, source=3, summary=Backup failed]"),
        lines(books.tickets()));
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
        lines(books.timeEntries()));
    assertEquals(Map.of("no time", 2L), file(books, "actions.json").layout().skipped());
    assertEquals(
        List.of(
            "Invoice[id=503, client=Bolt LLC, issued=2026-10-10, due=2026-11-09, amount=90.0,"
                + " paid=null, balance=90.0, kind=null, description=null]",
            "Invoice[id=INV-0501, client=Acme Corp, issued=2026-10-01, due=2026-10-31,"
                + " amount=1200.0, paid=2026-10-20, balance=0.0, kind=RECURRING,"
                + " description=null]",
            "Invoice[id=INV-0502, client=Bolt LLC, issued=2026-10-09, due=2026-11-08,"
                + " amount=281.25, paid=null, balance=181.25, kind=null, description=null]"),
        lines(books.invoices()));
    assertEquals(Map.of("voided", 1L), file(books, "invoices.json").layout().skipped());
  }
}
