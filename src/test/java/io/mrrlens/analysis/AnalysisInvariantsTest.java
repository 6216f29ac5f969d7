package io.mrrlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.AgreementType;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants on random books (seeded, so each case is repeatable): per-client sums equal the
 * totals, the aging buckets add up to the open balance, and the order of the rows read changes
 * nothing.
 */
class AnalysisInvariantsTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-10-20");
  private static final String[] CLIENTS = {"Acme", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"};
  private static final String[] WORDS = {
    "Monthly support", "Remote support", "Server migration", "Laptop", "Invoice", "Onsite visit"
  };

  static Books randomBooks(long seed) {
    Random random = new Random(seed);
    BookBuilder b = new BookBuilder();
    for (String client : CLIENTS) {
      b.client(client, random.nextInt(4) == 0 ? null : random.nextInt(30));
      if (random.nextBoolean()) {
        b.agreement(
            client,
            AgreementType.MANAGED,
            "2025-06-01",
            null,
            "" + (500 + random.nextInt(5) * 100));
      }
    }
    List<String> invoiceIds = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String client = CLIENTS[random.nextInt(CLIENTS.length)];
      LocalDate day = LocalDate.parse("2025-01-01").plusDays(random.nextInt(680));
      String ticket =
          b.ticket(client, day.toString(), random.nextBoolean() ? "incident" : "maintenance");
      b.entry(
          client,
          day.plusDays(random.nextInt(3)).toString(),
          BigDecimal.valueOf(1 + random.nextInt(32), 2).multiply(BigDecimal.valueOf(25)).toString(),
          random.nextBoolean(),
          random.nextBoolean() ? "remote" : "patching",
          ChargeTo.values()[random.nextInt(4)],
          ticket);
      if (i % 3 == 0) {
        String amount = BigDecimal.valueOf(random.nextInt(400_000) - 20_000, 2).toString();
        LocalDate paid = random.nextInt(3) == 0 ? null : day.plusDays(random.nextInt(90));
        String balance = random.nextBoolean() ? null : (paid == null ? amount : "0");
        String id =
            b.invoice(
                client,
                day.toString(),
                random.nextBoolean() ? null : day.plusDays(15).toString(),
                amount,
                paid == null || random.nextBoolean() ? null : paid.toString(),
                balance,
                null,
                WORDS[random.nextInt(WORDS.length)]);
        invoiceIds.add(id);
        if (paid != null && random.nextBoolean()) {
          b.payment(id, paid.minusDays(random.nextInt(10)).toString(), "10.00");
          b.payment(id, paid.toString(), amount);
        }
      }
    }
    return b.books();
  }

  private static Books shuffled(Books books, long seed) {
    Random random = new Random(seed);
    return new Books(
        shuffle(books.clients(), random),
        shuffle(books.tickets(), random),
        shuffle(books.timeEntries(), random),
        shuffle(books.invoices(), random),
        shuffle(books.payments(), random),
        shuffle(books.agreements(), random),
        books.files(),
        books.rejections(),
        books.warnings());
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> field) {
    return rows.stream().map(field).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void assertSum(BigDecimal expected, BigDecimal actual, String what) {
    assertEquals(0, expected.compareTo(actual), what + ": " + expected + " vs " + actual);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void perClientSumsEqualTheTotals(long seed) {
    Books books = randomBooks(seed);
    AnalysisSettings settings = AnalysisSettings.defaults();
    BookTables tables = BookTables.of(books, settings);
    Period period = Period.resolve(books, AS_OF, null, null);

    LaborAnalysis.Result labor = LaborAnalysis.of(tables, period, settings, false);
    assertEquals(
        labor.totals().tickets(), labor.rows().stream().mapToLong(ClientLabor::tickets).sum());
    assertSum(labor.totals().hours(), sum(labor.rows(), ClientLabor::hours), "hours");
    assertSum(
        labor.totals().billableHours(), sum(labor.rows(), ClientLabor::billableHours), "billable");
    assertSum(
        labor.totals().reactiveHours(), sum(labor.rows(), ClientLabor::reactiveHours), "reactive");
    assertSum(labor.totals().revenue(), sum(labor.rows(), ClientLabor::revenue), "revenue");
    assertSum(labor.totals().laborCost(), sum(labor.rows(), ClientLabor::laborCost), "labor cost");

    PaymentAnalysis.Result payments = PaymentAnalysis.of(tables, period, false);
    ClientPayments t = payments.totals();
    assertEquals(t.invoices(), payments.rows().stream().mapToLong(ClientPayments::invoices).sum());
    assertEquals(
        t.paidInvoices(), payments.rows().stream().mapToLong(ClientPayments::paidInvoices).sum());
    assertSum(t.billed(), sum(payments.rows(), ClientPayments::billed), "billed");
    assertSum(t.openBalance(), sum(payments.rows(), ClientPayments::openBalance), "open");
    for (ClientPayments row : payments.rows()) {
      assertSum(
          row.openBalance(),
          row.agingCurrent()
              .add(row.aging1To30())
              .add(row.aging31To60())
              .add(row.aging61To90())
              .add(row.aging91To180())
              .add(row.aging181To365())
              .add(row.agingOver365()),
          "aging buckets of " + row.client());
    }

    SegmentAnalysis.Result segments = SegmentAnalysis.of(tables, period, settings, false);
    assertSum(segments.totals().revenue(), sum(segments.rows(), ClientSegment::revenue), "revenue");
    assertSum(labor.totals().revenue(), segments.totals().revenue(), "labor and segments agree");
    assertSum(
        segments.totals().recurringRevenue(),
        sum(segments.rows(), ClientSegment::recurringRevenue),
        "recurring");
    assertSum(segments.totals().tmRevenue(), sum(segments.rows(), ClientSegment::tmRevenue), "T&M");
    for (ClientSegment row : segments.rows()) {
      assertSum(
          row.revenue(),
          row.recurringRevenue()
              .add(row.tmRevenue())
              .add(row.projectRevenue())
              .add(row.productRevenue())
              .add(row.otherRevenue()),
          "kinds of " + row.client());
    }
    assertSum(
        segments.summaryTotals().revenue(),
        sum(segments.summary(), SegmentSummary::revenue),
        "summary");
    assertSum(
        segments.totals().revenue(),
        sum(
            segments.monthly(),
            m ->
                m.recurring()
                    .add(m.timeAndMaterials())
                    .add(m.project())
                    .add(m.product())
                    .add(m.other())),
        "monthly");
    assertEquals(
        segments.rows().size(), Scorecard.of(labor, payments, segments, period, settings).size());
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 6, 9})
  void rowOrderChangesNothing(long seed) {
    Books books = randomBooks(seed);
    Books other = shuffled(books, seed * 31);
    AnalysisSettings settings = AnalysisSettings.defaults();
    Period period = Period.resolve(books, AS_OF, null, null);
    BookTables a = BookTables.of(books, settings);
    BookTables b = BookTables.of(other, settings);
    assertEquals(
        LaborAnalysis.of(a, period, settings, true), LaborAnalysis.of(b, period, settings, true));
    assertEquals(PaymentAnalysis.of(a, period, true), PaymentAnalysis.of(b, period, true));
    assertEquals(
        SegmentAnalysis.of(a, period, settings, true),
        SegmentAnalysis.of(b, period, settings, true));
  }
}
