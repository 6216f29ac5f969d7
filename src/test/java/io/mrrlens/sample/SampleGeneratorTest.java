package io.mrrlens.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.AgreementType;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Client;
import io.mrrlens.model.ClientName;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleGeneratorTest {
  private static final SampleSettings DEFAULTS = SampleSettings.defaults();
  private static final LocalDate EXPORT_DAY = LocalDate.of(2026, 10, 31);
  private static Books book;

  @BeforeAll
  static void generateDefaults() {
    book = SampleGenerator.generate(DEFAULTS);
  }

  static Stream<SampleSettings> settings() {
    return Stream.of(
        DEFAULTS,
        new SampleSettings(1, 1, 1L, YearMonth.of(2025, 2)),
        new SampleSettings(7, 3, 99L, YearMonth.of(2024, 12)),
        new SampleSettings(150, 40, -5L, YearMonth.of(2027, 1)));
  }

  // ---- settings

  @Test
  void defaultsAreSixtyClientsOverTwentyFourMonthsToOctober2026() {
    assertEquals(new SampleSettings(60, 24, 42L, YearMonth.of(2026, 10)), DEFAULTS);
    assertEquals(YearMonth.of(2024, 11), DEFAULTS.firstMonth());
    assertEquals(EXPORT_DAY, DEFAULTS.exportDay());
  }

  @Test
  void settingsOutOfRangeAreRefusedWithASentence() {
    YearMonth month = YearMonth.of(2026, 10);
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> new SampleSettings(0, 24, 1, month));
    assertEquals("the number of clients must be between 1 and 100000, not 0", none.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SampleSettings(100_001, 24, 1, month));
    IllegalArgumentException months =
        assertThrows(IllegalArgumentException.class, () -> new SampleSettings(5, 241, 1, month));
    assertEquals("the number of months must be between 1 and 240, not 241", months.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SampleSettings(5, 0, 1, month));
    assertThrows(IllegalArgumentException.class, () -> new SampleSettings(5, 12, 1, null));
    assertEquals(100_000, new SampleSettings(100_000, 240, 1, month).clients());
  }

  // ---- determinism

  @Test
  void theSameSettingsGiveAnEqualBook() {
    Books again = SampleGenerator.generate(SampleSettings.defaults());
    assertEquals(book, again);
    assertEquals(
        SampleGenerator.generate(new SampleSettings(25, 13, 7L, YearMonth.of(2025, 6))),
        SampleGenerator.generate(new SampleSettings(25, 13, 7L, YearMonth.of(2025, 6))));
  }

  @Test
  void anotherSeedGivesAnotherBook() {
    Books other = SampleGenerator.generate(DEFAULTS.withSeed(43));
    assertNotEquals(book.tickets(), other.tickets());
    assertNotEquals(book.invoices(), other.invoices());
    assertEquals(60, other.clients().size());
  }

  @Test
  void theBookIsOnlyRecords() {
    assertEquals(List.of(), book.files());
    assertEquals(List.of(), book.rejections());
    assertEquals(List.of(), book.warnings());
    assertEquals(60, book.clients().size());
  }

  // ---- invariants, for several settings

  @ParameterizedTest
  @MethodSource("settings")
  void idsAreUniqueAndShaped(SampleSettings settings) {
    Books b = SampleGenerator.generate(settings);
    assertUniqueAndMatching(b.tickets(), Ticket::id, "T-\\d{6,}");
    assertUniqueAndMatching(b.timeEntries(), TimeEntry::id, "E-\\d{7,}");
    assertUniqueAndMatching(b.invoices(), Invoice::id, "INV-1\\d{4,}");
    assertEquals(settings.clients(), b.clients().size());
  }

  @ParameterizedTest
  @MethodSource("settings")
  void clientNamesAreNormalisedAndUniqueIgnoringCase(SampleSettings settings) {
    Books b = SampleGenerator.generate(settings);
    Set<String> keys = new HashSet<>();
    for (Client c : b.clients()) {
      assertEquals(ClientName.normalize(c.name()), c.name());
      assertTrue(keys.add(ClientName.keyOf(c.name())), "repeated name " + c.name());
    }
    for (Ticket t : b.tickets()) {
      assertTrue(keys.contains(ClientName.keyOf(t.client())), t.client());
    }
    for (Invoice i : b.invoices()) {
      assertTrue(keys.contains(ClientName.keyOf(i.client())), i.client());
    }
  }

  @Test
  void namesStayUniqueForThousandsOfClients() {
    Books b = SampleGenerator.generate(new SampleSettings(3000, 1, 5L, YearMonth.of(2026, 1)));
    Set<String> keys = new HashSet<>();
    for (Client c : b.clients()) {
      assertEquals(ClientName.normalize(c.name()), c.name());
      assertTrue(keys.add(ClientName.keyOf(c.name())), "repeated name " + c.name());
    }
    assertEquals(3000, keys.size());
  }

  @ParameterizedTest
  @MethodSource("settings")
  void nothingIsDatedAfterTheExportDay(SampleSettings settings) {
    Books b = SampleGenerator.generate(settings);
    LocalDate last = settings.exportDay();
    LocalDate first = settings.firstMonth().atDay(1);
    b.latestDate().ifPresent(d -> assertFalse(d.isAfter(last), d.toString()));
    b.earliestDate().ifPresent(d -> assertFalse(d.isBefore(first), d.toString()));
    for (Client c : b.clients()) {
      assertFalse(c.since().isAfter(last), c.toString());
    }
    for (Agreement a : b.agreements()) {
      assertFalse(a.start().isAfter(last), a.toString());
      assertTrue(a.end() == null || !a.end().isAfter(last), a.toString());
      assertTrue(a.end() == null || !a.end().isBefore(a.start()), a.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void ticketsCloseAfterTheyOpenAndOpenAfterTheClientJoined(SampleSettings settings) {
    Books b = SampleGenerator.generate(settings);
    Map<String, LocalDate> since = new HashMap<>();
    b.clients().forEach(c -> since.put(c.name(), c.since()));
    for (Ticket t : b.tickets()) {
      assertTrue(t.closed() == null || !t.closed().isBefore(t.opened()), t.toString());
      assertFalse(t.openedDate().isBefore(since.get(t.client())), t.toString());
      assertEquals(0, t.opened().getSecond());
      assertTrue(Set.of("P1", "P2", "P3", "P4").contains(t.priority()), t.priority());
      assertTrue(
          Set.of("incident", "service request", "maintenance", "alert", "project")
              .contains(t.type()),
          t.type());
      assertTrue(Set.of("phone", "email", "portal", "monitoring").contains(t.source()));
      assertEquals(t.summary().strip(), t.summary());
      if (!t.type().equals("alert")) {
        int hour = t.opened().getHour();
        assertTrue(hour >= 7 && hour <= 17, t.toString());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void timeEntriesAreQuarterHoursOnTheirTicketsAndChargedConsistently(SampleSettings settings) {
    Books b = SampleGenerator.generate(settings);
    Map<String, Ticket> tickets = byId(b.tickets(), Ticket::id);
    BigDecimal low = new BigDecimal("125");
    BigDecimal high = new BigDecimal("175");
    for (TimeEntry e : b.timeEntries()) {
      assertTrue(e.hours().signum() > 0 && e.hours().compareTo(new BigDecimal("8")) <= 0);
      BigDecimal quarters = e.hours().multiply(BigDecimal.valueOf(4));
      assertEquals(0, quarters.remainder(BigDecimal.ONE).signum(), e.toString());
      assertNotNull(e.technician());
      assertNotNull(e.chargeTo());
      if (e.ticketId() != null) {
        Ticket t = tickets.get(e.ticketId());
        assertNotNull(t, e.ticketId());
        assertEquals(t.client(), e.client());
        assertFalse(e.date().isBefore(t.openedDate()), e.toString());
        assertTrue(t.closed() == null || !e.date().isAfter(t.closedDate()), e.toString());
      } else {
        assertEquals("admin", e.workType());
      }
      switch (e.chargeTo()) {
        case AGREEMENT, INTERNAL -> {
          assertFalse(e.billable(), e.toString());
          assertNull(e.rate(), e.toString());
        }
        case TIME_AND_MATERIALS -> {
          assertTrue(e.billable(), e.toString());
          assertTrue(e.rate().compareTo(low) >= 0 && e.rate().compareTo(high) <= 0);
          assertEquals(2, e.rate().scale());
        }
        case PROJECT -> {
          assertTrue(e.billable(), e.toString());
          assertNull(e.rate(), e.toString());
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void paymentsAddUpToThePaidDateAndTheBalance(SampleSettings settings) {
    Books b = SampleGenerator.generate(settings);
    Map<String, List<Payment>> paymentsOf = new HashMap<>();
    Set<String> invoiceIds = byId(b.invoices(), Invoice::id).keySet();
    for (Payment p : b.payments()) {
      assertTrue(invoiceIds.contains(p.invoiceId()), p.invoiceId());
      assertTrue(p.amount().signum() > 0, p.toString());
      paymentsOf.computeIfAbsent(p.invoiceId(), k -> new ArrayList<>()).add(p);
    }
    for (Invoice i : b.invoices()) {
      assertEquals(2, i.amount().scale(), i.toString());
      assertEquals(2, i.balance().scale(), i.toString());
      assertNull(i.kind());
      long terms = ChronoUnit.DAYS.between(i.issued(), i.due());
      assertTrue(terms == 30 || terms == 15, i.toString());
      List<Payment> paid = paymentsOf.getOrDefault(i.id(), List.of());
      if (i.isCredit()) {
        assertEquals(List.of(), paid);
        assertNull(i.paid());
        assertEquals(0, i.balance().signum());
        assertTrue(i.description().startsWith("Credit memo - "), i.description());
        continue;
      }
      assertTrue(i.amount().signum() > 0, i.toString());
      BigDecimal sum = paid.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertTrue(sum.compareTo(i.amount()) <= 0, i.toString());
      assertEquals(0, i.amount().subtract(sum).compareTo(i.balance()), i.toString());
      for (Payment p : paid) {
        assertFalse(p.date().isBefore(i.issued()), p.toString());
      }
      if (sum.compareTo(i.amount()) == 0) {
        LocalDate lastPayment =
            paid.stream().map(Payment::date).max(LocalDate::compareTo).orElseThrow();
        assertEquals(lastPayment, i.paid(), i.toString());
      } else {
        assertNull(i.paid(), i.toString());
      }
    }
  }

  // ---- the defaults book: what it holds

  @Test
  void namesWithCommasQuotesAndAccentsAreThere() {
    List<String> names = book.clients().stream().map(Client::name).toList();
    assertTrue(names.contains("Smith, Jones & Partners LLP"), names.toString());
    assertTrue(names.contains("The \"Corner\" Bakery"), names.toString());
    assertTrue(names.contains("Café Müller GmbH"), names.toString());
    assertTrue(names.contains("Société Générale de Plomberie"), names.toString());
  }

  @Test
  void summariesHoldCommasQuotesAndAFewLineBreaks() {
    long commas = book.tickets().stream().filter(t -> t.summary().contains(",")).count();
    long quotes = book.tickets().stream().filter(t -> t.summary().contains("\"")).count();
    long breaks = book.tickets().stream().filter(t -> t.summary().contains("\n")).count();
    assertTrue(commas > 100, "commas " + commas);
    assertTrue(quotes > 100, "quotes " + quotes);
    assertTrue(breaks >= 1 && breaks < book.tickets().size() / 100, "line breaks " + breaks);
  }

  @Test
  void eachKindOfClientIsThereWithTheDefaults() {
    Map<String, Integer> segments = new TreeMap<>();
    segmentsOfLastYear(book).values().forEach(s -> segments.merge(s, 1, Integer::sum));
    // 60 clients: about 35% managed, 15% hybrid, 30% break-fix, 12% project-only, a few inactive
    assertBetween(segments, "managed", 17, 25);
    assertBetween(segments, "hybrid", 6, 12);
    assertBetween(segments, "break-fix", 13, 22);
    assertBetween(segments, "project-only", 5, 11);
    assertBetween(segments, "inactive", 1, 5);
  }

  @Test
  void someClientsChangedStatus() {
    Map<String, List<Agreement>> byClient = new TreeMap<>();
    book.agreements()
        .forEach(a -> byClient.computeIfAbsent(a.client(), k -> new ArrayList<>()).add(a));
    Set<String> tmBefore = new HashSet<>();
    for (Invoice i : book.invoices()) {
      List<Agreement> agreements = byClient.get(i.client());
      if (agreements != null
          && isLabor(i)
          && agreements.stream().allMatch(a -> i.issued().isBefore(a.start()))) {
        tmBefore.add(i.client());
      }
    }
    long ended =
        byClient.values().stream()
            .filter(list -> list.stream().allMatch(a -> a.end() != null))
            .count();
    assertTrue(ended >= 1, "no managed client whose agreement ended");
    assertFalse(tmBefore.isEmpty(), "no break-fix client that signed an agreement");
    assertTrue(
        book.agreements().stream().allMatch(a -> a.type() == AgreementType.MANAGED),
        "agreement types");
  }

  @Test
  void recurringInvoicesEqualTheActiveAgreementsFee() {
    int recurring = 0;
    for (Invoice i : book.invoices()) {
      if (i.description().toLowerCase(Locale.ROOT).contains("managed")) {
        recurring++;
        List<Agreement> active =
            book.agreements().stream()
                .filter(a -> a.client().equals(i.client()) && a.activeOn(i.issued()))
                .toList();
        assertEquals(1, active.size(), i.toString());
        assertEquals(active.get(0).monthlyFee(), i.amount(), i.toString());
        assertEquals(1, i.issued().getDayOfMonth());
      }
    }
    assertTrue(recurring > 300, "recurring invoices " + recurring);
  }

  @Test
  void laborInvoicesBillTheMonthsBillableTimeAtTheRate() {
    Map<String, BigDecimal> time = new TreeMap<>();
    for (TimeEntry e : book.timeEntries()) {
      if (e.chargeTo() == ChargeTo.TIME_AND_MATERIALS) {
        time.merge(
            e.client() + "|" + YearMonth.from(e.date()),
            e.hours().multiply(e.rate()),
            BigDecimal::add);
      }
    }
    Map<String, BigDecimal> billed = new TreeMap<>();
    for (Invoice i : book.invoices()) {
      if (isLabor(i)) {
        assertEquals(i.issued(), YearMonth.from(i.issued()).atEndOfMonth());
        billed.merge(i.client() + "|" + YearMonth.from(i.issued()), i.amount(), BigDecimal::add);
      }
    }
    assertEquals(time.keySet(), billed.keySet());
    time.forEach((key, amount) -> assertEquals(0, amount.compareTo(billed.get(key)), key));
  }

  @Test
  void paymentHabitsDiffer() {
    int veryLate = 0;
    int slow = 0;
    int overdueOpen = 0;
    int notYetDue = 0;
    for (Invoice i : book.invoices()) {
      if (i.isCredit()) {
        continue;
      }
      if (i.paid() != null) {
        long late = ChronoUnit.DAYS.between(i.due(), i.paid());
        veryLate += late >= 60 ? 1 : 0;
        slow += late >= 10 && late <= 42 ? 1 : 0;
      } else if (i.due().isBefore(EXPORT_DAY)) {
        overdueOpen++;
      } else {
        notYetDue++;
      }
    }
    assertTrue(veryLate >= 5, "very late " + veryLate);
    assertTrue(slow >= 50, "slow " + slow);
    assertTrue(overdueOpen >= 3, "overdue " + overdueOpen);
    assertTrue(notYetDue >= 3, "not yet due " + notYetDue);
    Map<String, Long> payments =
        book.payments().stream()
            .collect(Collectors.groupingBy(Payment::invoiceId, Collectors.counting()));
    assertTrue(payments.values().stream().anyMatch(n -> n == 2), "no partial payments");
    assertTrue(payments.values().stream().allMatch(n -> n <= 2));
  }

  @Test
  void theBookHoldsProjectsProductsCreditsOpenTicketsAndAdminTime() {
    List<String> descriptions = book.invoices().stream().map(Invoice::description).toList();
    assertTrue(descriptions.stream().anyMatch(d -> d.startsWith("Project: ")));
    assertTrue(descriptions.stream().anyMatch(d -> d.startsWith("Hardware: ")));
    assertTrue(descriptions.stream().anyMatch(d -> d.startsWith("Software licence")));
    assertTrue(book.invoices().stream().anyMatch(Invoice::isCredit));
    assertTrue(book.tickets().stream().anyMatch(t -> t.closed() == null));
    assertTrue(book.tickets().stream().filter(t -> t.closed() == null).count() < 200);
    assertTrue(book.timeEntries().stream().anyMatch(e -> e.ticketId() == null));
    assertTrue(book.clients().stream().anyMatch(c -> c.endpoints() == null));
    assertTrue(book.clients().stream().anyMatch(c -> c.endpoints() != null));
    assertTrue(book.timeEntries().stream().anyMatch(e -> e.chargeTo() == ChargeTo.INTERNAL));
  }

  @Test
  void demandFollowsTheSeasonsAndGrows() {
    Map<Integer, Long> byMonth =
        book.tickets().stream()
            .collect(Collectors.groupingBy(t -> t.opened().getMonthValue(), Collectors.counting()));
    assertTrue(byMonth.get(1) > byMonth.get(8), byMonth.toString());
    assertTrue(byMonth.get(9) > byMonth.get(12), byMonth.toString());
    long firstYear =
        book.tickets().stream()
            .filter(t -> t.opened().isBefore(LocalDate.of(2025, 11, 1).atStartOfDay()))
            .count();
    assertTrue(book.tickets().size() - firstYear > firstYear, "no growth");
    long weekend =
        book.tickets().stream()
            .filter(t -> !t.type().equals("alert"))
            .filter(t -> t.opened().getDayOfWeek().getValue() >= 6)
            .count();
    assertTrue(weekend < book.tickets().size() / 100, "weekend tickets " + weekend);
  }

  @Test
  void theDefaultBookHasARealisticSize() {
    assertTrue(book.tickets().size() > 5_000 && book.tickets().size() < 20_000);
    assertTrue(book.timeEntries().size() > 7_000 && book.timeEntries().size() < 28_000);
    assertTrue(book.invoices().size() > 1_000 && book.invoices().size() < 2_500);
  }

  // ---- helpers

  private static boolean isLabor(Invoice i) {
    return i.description().toLowerCase(Locale.ROOT).contains("labor");
  }

  private static void assertBetween(Map<String, Integer> counts, String key, int low, int high) {
    int count = counts.getOrDefault(key, 0);
    assertTrue(count >= low && count <= high, key + " " + count + " in " + counts);
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    Map<String, T> out = new HashMap<>();
    records.forEach(r -> out.put(id.apply(r), r));
    return out;
  }

  private static <T> void assertUniqueAndMatching(
      List<T> records, Function<T, String> id, String pattern) {
    Set<String> seen = new HashSet<>();
    for (T r : records) {
      String value = id.apply(r);
      assertTrue(value.matches(pattern), value);
      assertTrue(seen.add(value), "repeated id " + value);
    }
  }

  /**
   * The segments of metrics.md over the 12 months ending October 2026, with kinds inferred from the
   * agreements and the descriptions (rules 1, 2 and 4).
   */
  private static Map<String, String> segmentsOfLastYear(Books b) {
    YearMonth to = YearMonth.of(2026, 10);
    YearMonth from = to.minusMonths(11);
    Map<String, String> segments = new TreeMap<>();
    for (Client c : b.clients()) {
      BigDecimal recurring = BigDecimal.ZERO;
      BigDecimal tm = BigDecimal.ZERO;
      BigDecimal project = BigDecimal.ZERO;
      Set<YearMonth> recurringMonths = new HashSet<>();
      Set<YearMonth> tmMonths = new HashSet<>();
      boolean any = false;
      for (Invoice i : b.invoices()) {
        YearMonth month = YearMonth.from(i.issued());
        if (!i.client().equals(c.name()) || month.isBefore(from) || month.isAfter(to)) {
          continue;
        }
        any = true;
        switch (kind(i, b.agreements())) {
          case "recurring" -> {
            recurring = recurring.add(i.amount());
            recurringMonths.add(month);
          }
          case "tm" -> {
            tm = tm.add(i.amount());
            tmMonths.add(month);
          }
          case "project" -> project = project.add(i.amount());
          default -> {}
        }
      }
      any |=
          b.tickets().stream()
              .anyMatch(
                  t -> t.client().equals(c.name()) && !YearMonth.from(t.opened()).isBefore(from));
      BigDecimal base = recurring.add(tm).add(project);
      double share = base.signum() > 0 ? tm.doubleValue() / base.doubleValue() : 0;
      boolean recent =
          recurringMonths.stream().anyMatch(m -> !m.isBefore(to.minusMonths(2)))
              || b.agreements().stream()
                  .anyMatch(a -> a.client().equals(c.name()) && a.activeOn(EXPORT_DAY));
      String segment;
      if (recurringMonths.size() >= 3 && recent) {
        segment = share <= 0.25 ? "managed" : "hybrid";
      } else if (tmMonths.size() >= 3) {
        segment = "break-fix";
      } else {
        segment = any ? "project-only" : "inactive";
      }
      segments.put(c.name(), segment);
    }
    return segments;
  }

  private static String kind(Invoice i, List<Agreement> agreements) {
    for (Agreement a : agreements) {
      if (a.client().equals(i.client())
          && a.activeOn(i.issued())
          && a.monthlyFee().subtract(i.amount()).abs().compareTo(a.monthlyFee().movePointLeft(2))
              <= 0) {
        return "recurring";
      }
    }
    String d = i.description().toLowerCase(Locale.ROOT);
    if (Stream.of("monthly", "managed", "recurring", "agreement", "subscription", "retainer")
        .anyMatch(d::contains)) {
      return "recurring";
    }
    if (Stream.of("project", "migration", "deployment", "installation", "onboarding")
        .anyMatch(d::contains)) {
      return "project";
    }
    if (Stream.of("hardware", "license", "licence", "equipment", "laptop", "server", "software")
        .anyMatch(d::contains)) {
      return "product";
    }
    return "tm";
  }
}
