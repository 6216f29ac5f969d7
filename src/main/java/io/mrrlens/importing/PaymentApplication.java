package io.mrrlens.importing;

import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the payments that name a client but no invoice (QuickBooks' Transaction List) as
 * accounting packages apply them by default: in date order, each to the client's oldest invoices
 * issued on or before the payment's date that are still open after the payments that name them. A
 * payment larger than those invoices leaves the rest unapplied, and says so in a warning.
 */
final class PaymentApplication {
  private PaymentApplication() {}

  /** The payments, each client payment replaced by the invoice payments it makes. */
  record Result(List<Payment> payments, List<ImportWarning> warnings) {}

  static Result apply(List<Invoice> invoices, List<Payment> payments, String file) {
    if (payments.stream().allMatch(p -> p.client() == null)) {
      return new Result(payments, List.of());
    }
    Map<String, BigDecimal> open = new HashMap<>();
    Map<String, List<Invoice>> byClient = new HashMap<>();
    for (Invoice invoice : invoices) {
      if (invoice.amount().signum() > 0) {
        open.putIfAbsent(invoice.id(), invoice.amount());
        byClient.computeIfAbsent(invoice.client(), c -> new ArrayList<>()).add(invoice);
      }
    }
    byClient.values().forEach(list -> list.sort(Comparator.comparing(Invoice::issued)));
    for (Payment payment : payments) {
      if (payment.client() == null && open.containsKey(payment.invoiceId())) {
        open.merge(payment.invoiceId(), payment.amount().negate(), BigDecimal::add);
      }
    }
    List<Payment> byDate =
        new ArrayList<>(payments.stream().filter(p -> p.client() != null).toList());
    byDate.sort(Comparator.comparing(Payment::date));
    Map<Payment, List<Payment>> made = new HashMap<>();
    Map<String, BigDecimal> unapplied = new LinkedHashMap<>();
    for (Payment payment : byDate) {
      BigDecimal left = payment.amount();
      List<Payment> parts = new ArrayList<>();
      for (Invoice invoice : byClient.getOrDefault(payment.client(), List.of())) {
        if (left.signum() <= 0 || invoice.issued().isAfter(payment.date())) {
          break;
        }
        BigDecimal due = open.get(invoice.id());
        if (due.signum() <= 0) {
          continue;
        }
        BigDecimal part = due.min(left);
        parts.add(new Payment(invoice.id(), payment.date(), part));
        open.put(invoice.id(), due.subtract(part));
        left = left.subtract(part);
      }
      if (left.signum() != 0) {
        unapplied.merge(payment.client(), left, BigDecimal::add);
      }
      made.put(payment, parts);
    }
    List<Payment> out = new ArrayList<>();
    for (Payment payment : payments) {
      if (payment.client() == null) {
        out.add(payment);
      } else {
        out.addAll(made.get(payment));
      }
    }
    List<ImportWarning> warnings = new ArrayList<>();
    unapplied.forEach(
        (client, amount) ->
            warnings.add(
                new ImportWarning(
                    file,
                    0,
                    "unapplied-payment",
                    client
                        + " paid "
                        + amount.toPlainString()
                        + " more than its invoices open at the payments' dates; that much is"
                        + " left unapplied (a prepayment or a refund)")));
    return new Result(List.copyOf(out), warnings);
  }
}
