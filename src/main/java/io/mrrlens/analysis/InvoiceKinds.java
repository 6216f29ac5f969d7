package io.mrrlens.analysis;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.InvoiceKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kind of each invoice (metrics.md, question 3): the {@code kind} column when given; otherwise
 * the first rule that holds:
 *
 * <ol>
 *   <li>recurring when an agreement of the client with a monthly fee within 1% of the amount is
 *       active on the issue date;
 *   <li>by the description's words (recurring, then project, then product words);
 *   <li>recurring when the client was billed an amount within 2% of it in each of the two calendar
 *       months before;
 *   <li>time and materials.
 * </ol>
 *
 * "Within p% of the amount" means |other - amount| &lt;= p/100 x |amount|, computed exactly.
 */
public final class InvoiceKinds {
  static final List<String> RECURRING_WORDS =
      List.of(
          "monthly",
          "managed",
          "recurring",
          "agreement",
          "subscription",
          "retainer",
          "per user",
          "per seat",
          "per device",
          "per endpoint");
  static final List<String> PROJECT_WORDS =
      List.of("project", "migration", "deployment", "installation", "onboarding");
  static final List<String> PRODUCT_WORDS =
      List.of("hardware", "license", "licence", "equipment", "laptop", "server", "software");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private InvoiceKinds() {}

  /** The kind of each invoice, in the same order. */
  static InvoiceKind[] of(List<Invoice> invoices, BookTables tables) {
    List<Map<Integer, List<BigDecimal>>> billed = new ArrayList<>();
    tables.clients().forEach(c -> billed.add(new HashMap<>()));
    int[] client = new int[invoices.size()];
    for (int i = 0; i < client.length; i++) {
      Invoice invoice = invoices.get(i);
      client[i] = tables.index(invoice.client());
      billed
          .get(client[i])
          .computeIfAbsent(BookTables.month(invoice.issued()), k -> new ArrayList<>())
          .add(invoice.amount());
    }
    InvoiceKind[] kinds = new InvoiceKind[invoices.size()];
    for (int i = 0; i < kinds.length; i++) {
      Invoice invoice = invoices.get(i);
      kinds[i] =
          invoice.kind() != null
              ? invoice.kind()
              : infer(invoice, client[i], tables, billed.get(client[i]));
    }
    return kinds;
  }

  /**
   * The inferred kind of one invoice.
   *
   * @param billed the client's invoice amounts by month number
   */
  private static InvoiceKind infer(
      Invoice invoice, int client, BookTables tables, Map<Integer, List<BigDecimal>> billed) {
    BigDecimal amount = invoice.amount();
    for (Agreement agreement : tables.agreements(client)) {
      if (agreement.monthlyFee() != null
          && agreement.activeOn(invoice.issued())
          && within(agreement.monthlyFee(), amount, 1)) {
        return InvoiceKind.RECURRING;
      }
    }
    InvoiceKind described = byDescription(invoice.description());
    if (described != null) {
      return described;
    }
    int month = BookTables.month(invoice.issued());
    if (billedAlike(billed.get(month - 1), amount) && billedAlike(billed.get(month - 2), amount)) {
      return InvoiceKind.RECURRING;
    }
    return InvoiceKind.TIME_AND_MATERIALS;
  }

  /** The kind the description's words give (case-insensitive), or null. */
  static InvoiceKind byDescription(String description) {
    if (description == null) {
      return null;
    }
    // lower-cased once for the three lists of words
    String lower = description.toLowerCase(Locale.ROOT);
    if (BookTables.containsLowerCase(lower, RECURRING_WORDS)) {
      return InvoiceKind.RECURRING;
    }
    if (BookTables.containsLowerCase(lower, PROJECT_WORDS)) {
      return InvoiceKind.PROJECT;
    }
    if (BookTables.containsLowerCase(lower, PRODUCT_WORDS)) {
      return InvoiceKind.PRODUCT;
    }
    return null;
  }

  private static boolean billedAlike(List<BigDecimal> amounts, BigDecimal amount) {
    if (amounts == null) {
      return false;
    }
    for (BigDecimal other : amounts) {
      if (within(other, amount, 2)) {
        return true;
      }
    }
    return false;
  }

  /** True when |other - amount| &lt;= percent/100 x |amount|. */
  static boolean within(BigDecimal other, BigDecimal amount, int percent) {
    return other
            .subtract(amount)
            .abs()
            .multiply(HUNDRED)
            .compareTo(amount.abs().multiply(BigDecimal.valueOf(percent)))
        <= 0;
  }
}
