package io.mrrlens.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting of {@code mrrlens.yaml} with its default: the import settings, those of metrics.md
 * and projection.md, and SMTP. The {@code aliases} map is read separately (its keys are client
 * names, not settings).
 */
public final class SettingCatalogue {
  private static final Map<String, Setting> SETTINGS;

  static {
    List<Setting> all = new ArrayList<>();
    // Import
    all.add(paths("files.tickets", "tickets files, instead of tickets*.csv in the books folder"));
    all.add(paths("files.time", "time-entry files, instead of time*.csv"));
    all.add(paths("files.invoices", "invoice files, instead of invoices*.csv"));
    all.add(paths("files.payments", "payment files, instead of payments*.csv"));
    all.add(paths("files.clients", "client files, instead of clients*.csv"));
    all.add(paths("files.agreements", "agreement files, instead of agreements*.csv"));
    all.add(
        list(
            "profile",
            "the import profiles (or your own mapping files) to read the files with; empty: detect"
                + " among every built-in one; canonical: none"));
    all.add(text("encoding", null, "the files' encoding; detected (UTF-8, else Windows-1252)"));
    all.add(text("date_format", null, "a non-ISO date pattern such as MM/dd/yyyy; detected"));
    all.add(
        bool(
            "decimal_comma",
            null,
            "true: numbers use a decimal comma (1.234,50); false: a point (1,234.50); detected"));
    all.add(choice("on_error", "fail", "what a bad row does", "fail", "skip"));
    all.add(text("rejects", null, "the folder --on-error skip writes rejected rows to"));
    all.add(
        new Setting(
            "currency",
            SettingType.CURRENCY,
            null,
            "the books' currency as an ISO code (USD, EUR, ...), shown in money headers and chart"
                + " axes; empty: amounts without a currency",
            List.of(),
            null,
            null));
    // metrics.md
    all.add(money("labor.cost_per_hour", "55.00", "what an hour of labor costs the business"));
    all.add(
        money(
            "labor.tool_cost_per_endpoint",
            "0",
            "monthly tool cost (RMM, security, backup) per managed endpoint; 0: margins are after"
                + " labor only"));
    all.add(
        list(
            "labor.proactive_types",
            "words that make a time entry proactive (in charge_to, ticket type or work_type)",
            "project",
            "maintenance",
            "patch",
            "onboard",
            "proactive",
            "scheduled",
            "review",
            "qbr",
            "vcio"));
    all.add(integer("payments.terms_days", 30, 0, 3650, "days from issue to due when no due date"));
    all.add(
        integer(
            "segments.min_recurring_months", 3, 1, 600, "recurring months that make a contract"));
    all.add(
        integer(
            "segments.recent_months",
            3,
            1,
            600,
            "a recurring invoice must be this recent (months)"));
    all.add(
        decimal(
            "segments.hybrid_tm_share",
            "0.25",
            "0",
            "1",
            "T&M share above which managed is hybrid"));
    all.add(
        integer(
            "segments.break_fix_min_months", 3, 1, 600, "T&M months that make a client break-fix"));
    all.add(money("targets.effective_rate", "125.00", "the effective hourly rate to reach"));
    all.add(
        choice(
            "targets.prepayment_grade",
            "f",
            "payment grade at or below which the scorecard asks for prepayment",
            "f",
            "d",
            "c"));
    // projection.md
    all.add(integer("transition.ramp_months", 6, 1, 120, "months over which offers are made"));
    all.add(decimal("transition.accept_rate", "0.7", "0", "1", "chance a candidate accepts"));
    all.add(
        decimal(
            "transition.price_elasticity",
            "1.0",
            "0",
            "10",
            "how fast acceptance falls with the fee ratio: accept_rate x min(1, ratio^-e); 0: flat"));
    all.add(choice("transition.decline", "churn", "what a declining client does", "churn", "stay"));
    all.add(
        decimal(
            "transition.reactive_reduction",
            "0.30",
            "0",
            "1",
            "fall in reactive hours once managed"));
    all.add(decimal("transition.onboarding_hours", "10", "0", null, "onboarding hours per client"));
    all.add(
        decimal(
            "transition.onboarding_hours_per_endpoint",
            "1.0",
            "0",
            null,
            "onboarding hours per endpoint"));
    all.add(
        list(
            "transition.include",
            "segments offered the transition (break-fix, hybrid, project-only)",
            "break-fix"));
    all.add(
        list(
            "transition.exclude_grades",
            "payment grades left out of the offers, e.g. [F] (A, B, C, D, F or - for none)"));
    all.add(
        choice(
            "pricing.method",
            "cost",
            "how the managed fee is set",
            "cost",
            "per_endpoint",
            "uplift"));
    all.add(
        decimal(
            "pricing.target_margin",
            "0.60",
            "0",
            "0.95",
            "the margin the cost method's fee earns on expected support hours"));
    all.add(
        money(
            "pricing.per_endpoint",
            null,
            "monthly fee per endpoint; default: median of current managed clients, else 125.00"));
    all.add(
        decimal(
            "pricing.uplift",
            "1.10",
            "0",
            null,
            "the uplift method's fee over mean support spend"));
    all.add(money("pricing.min_fee", "500.00", "the lowest monthly fee offered"));
    all.add(money("pricing.tm_rate", "150.00", "T&M rate when a client's own is unknown"));
    all.add(decimal("block.hours", null, "0", null, "block size; default: median monthly hours"));
    all.add(decimal("block.discount", "0.10", "0", "1", "discount on prepaid block hours"));
    all.add(
        decimal(
            "block.reactive_reduction", "0.10", "0", "1", "fall in reactive hours with a block"));
    all.add(decimal("staff.hours_per_month", "160", "1", null, "paid hours per tech per month"));
    all.add(decimal("staff.utilization", "0.75", "0.01", "1", "share of hours spent on tickets"));
    all.add(
        decimal(
            "staff.business_hours_per_month",
            "189",
            "1",
            null,
            "hours tickets arrive over a month"));
    all.add(decimal("staff.peak_factor", "1.5", "1", null, "peak arrival rate over the mean"));
    all.add(decimal("staff.response_minutes", "60", "0", null, "response target in minutes"));
    all.add(decimal("staff.service_level", "0.80", "0.01", "0.9999", "share answered in target"));
    all.add(integer("staff.current_techs", null, 1, 100000, "techs employed now"));
    all.add(integer("projection.horizon", 24, 1, 120, "months projected"));
    all.add(integer("projection.paths", 2000, 1, 1000000, "simulated paths"));
    all.add(integer("projection.seed", 42, null, null, "random seed"));
    // The transition report (mrrlens report)
    all.add(text("report.company", null, "the MSP's name on the report's cover"));
    all.add(text("report.author", null, "who prepared the report"));
    // SMTP (cli.md)
    all.add(text("smtp.host", null, "SMTP server"));
    all.add(integer("smtp.port", 587, 1, 65535, "SMTP port"));
    all.add(choice("smtp.tls", "starttls", "transport security", "starttls", "ssl", "none"));
    all.add(text("smtp.user", null, "SMTP user"));
    all.add(text("smtp.from", null, "sender address"));
    all.add(
        text("smtp.password_env", "MRRLENS_SMTP_PASSWORD", "environment variable of the password"));
    all.add(text("smtp.password_file", null, "file holding the password"));
    all.add(text("smtp.trust", null, "servers whose certificate is trusted unchecked"));
    Map<String, Setting> byPath = new LinkedHashMap<>();
    all.forEach(s -> byPath.put(s.path(), s));
    SETTINGS = Collections.unmodifiableMap(byPath);
  }

  private SettingCatalogue() {}

  /** Every setting by path, in documentation order. */
  public static Map<String, Setting> all() {
    return SETTINGS;
  }

  private static Setting paths(String path, String description) {
    return new Setting(path, SettingType.PATHS, null, description, List.of(), null, null);
  }

  private static Setting text(String path, String value, String description) {
    return new Setting(path, SettingType.TEXT, value, description, List.of(), null, null);
  }

  private static Setting bool(String path, Boolean value, String description) {
    return new Setting(path, SettingType.BOOLEAN, value, description, List.of(), null, null);
  }

  private static Setting choice(String path, String value, String description, String... words) {
    return new Setting(path, SettingType.CHOICE, value, description, List.of(words), null, null);
  }

  private static Setting money(String path, String value, String description) {
    return new Setting(
        path,
        SettingType.MONEY,
        value == null ? null : new BigDecimal(value),
        description,
        List.of(),
        "0",
        null);
  }

  private static Setting decimal(
      String path, String value, String min, String max, String description) {
    return new Setting(
        path,
        SettingType.DECIMAL,
        value == null ? null : new BigDecimal(value),
        description,
        List.of(),
        min,
        max);
  }

  private static Setting integer(
      String path, Integer value, Integer min, Integer max, String description) {
    return new Setting(
        path,
        SettingType.INTEGER,
        value,
        description,
        List.of(),
        min == null ? null : min.toString(),
        max == null ? null : max.toString());
  }

  private static Setting list(String path, String description, String... words) {
    return new Setting(path, SettingType.LIST, List.of(words), description, List.of(), null, null);
  }
}
