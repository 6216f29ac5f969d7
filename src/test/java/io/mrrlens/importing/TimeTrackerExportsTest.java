package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.TimeEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Time trackers' exports as each version really writes them (issue 13), read with no flags. The
 * fixtures follow the exporters' own code (Kimai's src/Export, 1.x to 2.40) and real files seen in
 * public code (Clockify, Harvest, Toggl); the expected hours are computed by hand from them.
 */
class TimeTrackerExportsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/profiles");

  private static Books read(String folder) {
    return new BooksImporter(ImportOptions.defaults()).read(FIXTURES.resolve(folder));
  }

  private static FileImport file(Books books, String name) {
    return books.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }

  /** Hours per client of the entries that pass a filter, as plain text. */
  private static Map<String, String> hours(Books books, Predicate<TimeEntry> filter) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    books.timeEntries().stream()
        .filter(filter)
        .forEach(e -> sums.merge(e.client(), e.hours(), BigDecimal::add));
    Map<String, String> shown = new TreeMap<>();
    sums.forEach((k, v) -> shown.put(k, v.stripTrailingZeros().toPlainString()));
    return shown;
  }

  private static Map<String, String> hours(Books books) {
    return hours(books, e -> true);
  }

  private static Map<String, String> billableHours(Books books) {
    return hours(books, TimeEntry::billable);
  }

  /** One value of each of a client's entries, in file order, as text. */
  private static List<String> each(Books books, String client, Function<TimeEntry, ?> value) {
    return books.timeEntries().stream()
        .filter(e -> e.client().equals(client))
        .map(e -> String.valueOf(value.apply(e)))
        .toList();
  }

  /** The rates of one client's entries, in file order, blank rates as "-". */
  private static List<String> rates(Books books, String client) {
    return each(
        books, client, e -> e.rate() == null ? "-" : e.rate().stripTrailingZeros().toPlainString());
  }

  @Test
  void everyKimaiVersionReadsItsDurationsAndBillableFlags() {
    Books books = read("kimai-versions");
    // 1.x to 2.27: seconds (5400 + 28800; 1260; a 0 timer); 2.28 to 2.31: decimal hours in the
    // user's language (1.75 + 0.33; 2; a 0 timer); 2.33 to 2.35: H:MM:SS (1:45:00 + 0:30:00;
    // 3:10:00); 2.36 on: H:MM in English (2:15 + 3:30 over midnight; 0:45; a 0:00 timer), or a
    // template's own language, delimiter and decimal hours (1.5 + 0.25)
    assertEquals(
        new TreeMap<>(
            Map.of(
                "Acme Corp", "9.5",
                "Bolt LLC", "0.35",
                "Müller GmbH", "2.08",
                "Schmidt KG", "2",
                "Dupont SARL", "2.25",
                "Garage Leroy", "3.166667",
                "Northwind Traders", "5.75",
                "Contoso Ltd", "0.75",
                "Bakkerij Jansen", "1.75")),
        hours(books));
    // Yes/No (to 2.27, in the user's language) and 1/0 (from 2.28)
    assertEquals(
        new TreeMap<>(
            Map.of(
                "Acme Corp", "9.5",
                "Müller GmbH", "1.75",
                "Schmidt KG", "2",
                "Dupont SARL", "1.75",
                "Garage Leroy", "3.166667",
                "Northwind Traders", "5.75",
                "Bakkerij Jansen", "1.5")),
        billableHours(books));
    // " EUR 90.00 " (PhpSpreadsheet's accounting format, to 2.27) and plain floats (from 2.28)
    assertEquals(List.of("90", "150"), rates(books, "Acme Corp"));
    assertEquals(List.of("0"), rates(books, "Bolt LLC"));
    assertEquals(List.of("90", "90"), rates(books, "Müller GmbH"));
    assertEquals(List.of("95", "95"), rates(books, "Bakkerij Jansen"));
    assertEquals(List.of("Jan Roth"), each(books, "Schmidt KG", TimeEntry::technician));
    assertEquals("2025-02-03", each(books, "Müller GmbH", TimeEntry::date).get(0));

    FileImport old = file(books, "2024-03-kimai-1.csv");
    assertEquals("seconds", old.numbers().durations());
    assertEquals(4, old.rowsRead());
    assertEquals(3, old.rowsAccepted());
    assertEquals(
        Map.of("zero or no duration (a running or empty timer)", 1L), old.layout().skipped());
    FileImport german = file(books, "2025-02-kimai-2.28-de.csv");
    assertEquals("de", german.layout().language());
    assertEquals("decimal hours", german.numbers().durations());
    FileImport french = file(books, "2025-05-kimai-2.34-fr.csv");
    assertEquals("fr", french.layout().language());
    assertEquals("H:MM:SS", french.numbers().durations());
    FileImport english = file(books, "2026-10-kimai-2.40.csv");
    assertEquals(null, english.layout().language());
    assertEquals("H:MM", english.numbers().durations());
    FileImport dutch = file(books, "2026-10-kimai-2.40-nl-template.csv");
    assertEquals("nl", dutch.layout().language());
    assertEquals("semicolon", dutch.delimiterName());
  }

  @Test
  void clockifyReadsEveryDurationFormatAndLanguageAndLeavesBreaksOut() {
    Books books = read("clockify-versions");
    // 2026 layout: d/M/yyyy, compact H:MM (3:00 + 0:20; 1:30), a break and internal time;
    // German: d.M.yyyy, Ja/Nein, full H:MM:SS (1:30:00 + 0:15:00; 2:40:00), internal time;
    // Portuguese: Sim/Não, decimal comma (01:45:00 + 00:30:00); French: Oui/Non (02:30:00 +
    // 00:10:00)
    assertEquals(
        Map.of(
            "Harbour Freight Ltd", "3.333333",
            "Quayside Dental", "1.5",
            "Berger AG", "1.75",
            "Huber & Co", "2.666667",
            "Padaria Aurora", "2.25",
            "Cabinet Moreau", "2.666667"),
        hours(books));
    assertEquals(
        Map.of(
            "Harbour Freight Ltd", "3.333333",
            "Berger AG", "1.5",
            "Huber & Co", "2.666667",
            "Padaria Aurora", "1.75",
            "Cabinet Moreau", "2.5"),
        billableHours(books));
    assertEquals(List.of("140", "0"), rates(books, "Berger AG"));
    assertEquals(List.of("150", "0"), rates(books, "Padaria Aurora"));
    assertEquals(
        "pt",
        file(books, "Clockify_Relatorio_Detalhado_01-04-2026-30-04-2026.csv").layout().language());
    assertEquals(
        "fr",
        file(books, "Clockify_Rapport_Detaille_01-05-2026-31-05-2026.csv").layout().language());
    assertEquals(List.of("-", "-"), rates(books, "Harbour Freight Ltd"));

    FileImport english = file(books, "Clockify_Time_Report_Detailed_01_02_2026-28_02_2026.csv");
    assertEquals("d/M/yyyy (detected)", english.dateFormat());
    assertEquals(
        Map.of("break or time off", 1L, "internal (no client)", 1L), english.layout().skipped());
    assertEquals(
        "0.5",
        english
            .layout()
            .skippedAmounts()
            .get("internal (no client)")
            .stripTrailingZeros()
            .toPlainString());
    FileImport german = file(books, "Clockify_Zeitbericht_Detailliert_01.03.2026-31.03.2026.csv");
    assertEquals("de", german.layout().language());
    assertEquals("d.M.yyyy (detected)", german.dateFormat());
    assertEquals(Map.of("internal (no client)", 1L), german.layout().skipped());
    assertEquals("2026-03-17", each(books, "Huber & Co", TimeEntry::date).get(0));
  }

  @Test
  void harvestAndTogglReadTheirCurrentLayouts() {
    Books books = read("time-trackers");
    // Harvest: 0.75 + 2.5 (billable); 4.0 (not); a 0.0 timer; a decimal-comma file 1,5 + 20,0.
    // Toggl (with a byte-order mark): 02:45:30 + 00:10:00; 10:00:00 over midnight; internal 1 h
    // and a 00:00:00 timer left out
    assertEquals(
        Map.of(
            "Pinecrest Clinic", "3.25",
            "Redwood Legal", "4",
            "Bäckerei Krause", "21.5",
            "Oakridge Realty", "2.925",
            "Summit Dental", "10"),
        hours(books));
    assertEquals(
        Map.of(
            "Pinecrest Clinic", "3.25",
            "Bäckerei Krause", "21.5",
            "Oakridge Realty", "2.758333",
            "Summit Dental", "10"),
        billableHours(books));
    assertEquals(List.of("90", "100"), rates(books, "Bäckerei Krause"));
    assertEquals(
        List.of("Omar Haddad", "Omar Haddad"),
        each(books, "Pinecrest Clinic", TimeEntry::technician));
    assertEquals(
        List.of("Priya Shah", "Priya Shah"), each(books, "Oakridge Realty", TimeEntry::technician));

    FileImport harvest = file(books, "harvest_time_report_from2026-09-01to2026-09-30.csv");
    assertEquals("harvest-time", harvest.layout().profile());
    assertEquals(Map.of("zero hours", 1L), harvest.layout().skipped());
    FileImport toggl = file(books, "Toggl_time_entries_2026-09-01_to_2026-09-30.csv");
    assertEquals("toggl-time", toggl.layout().profile());
    assertEquals(
        Map.of(
            "internal time (no client)", 1L, "zero or no duration (a running or empty timer)", 1L),
        toggl.layout().skipped());
  }
}
