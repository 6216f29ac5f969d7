package io.mrrlens.sample;

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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the books of an imaginary MSP: clients on managed agreements, hybrid and break-fix
 * clients, project-only and inactive ones, with their tickets, time entries, invoices, payments and
 * agreements, shaped by seasons, growth, bursts of break-fix work and each client's payment habits.
 *
 * <p>The generator is pure: one {@link SplittableRandom} seeded from the settings (split once per
 * client) drives every choice, the clock is never read, and everything is visited in a fixed order,
 * so the same settings always give an equal book. Invoices carry no kind: their descriptions and
 * the agreements let the analysis infer it (docs/metrics.md). The book is an export taken on the
 * last day of the last month: nothing is dated later.
 */
public final class SampleGenerator {
  private static final double[] SEASON = {
    1.25, 1.05, 1.0, 0.95, 0.95, 0.9, 0.85, 0.7, 1.25, 1.05, 0.95, 0.75
  };
  private static final String[] MONTH_NAMES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] TECHNICIANS = {
    "Alex Morgan",
    "Priya Patel",
    "Marcus Johnson",
    "Sofia Ramirez",
    "Daniel Kim",
    "Emily Carter",
    "Jamal Wright",
    "Hannah Schmidt",
    "Luis Ortega",
    "Grace O'Neill",
    "Tom Becker",
    "Aisha Bello"
  };
  private static final int[] RATES = {125, 130, 135, 140, 145, 150, 155, 160, 165, 175};
  private static final BigDecimal[] HOURS = new BigDecimal[33];

  static {
    for (int quarters = 1; quarters < HOURS.length; quarters++) {
      String plain = BigDecimal.valueOf(quarters * 25L, 2).stripTrailingZeros().toPlainString();
      HOURS[quarters] = new BigDecimal(plain);
    }
  }

  /** What kind of client a generated client is, with its share of the book. */
  private enum Archetype {
    MANAGED(0.31),
    CHURNED(0.04),
    HYBRID(0.15),
    BREAK_FIX(0.26),
    CONVERTED(0.04),
    PROJECT_ONLY(0.12),
    TINY(0.04),
    INACTIVE(0.04);

    final double weight;

    Archetype(double weight) {
      this.weight = weight;
    }
  }

  /** How a client pays, with its share of the clients. */
  private enum Payer {
    PROMPT(0.48),
    AUTOPAY(0.10),
    SLOW(0.37),
    VERY_LATE(0.05);

    final double weight;

    Payer(double weight) {
      this.weight = weight;
    }
  }

  /** How a client is served in one month. */
  private enum Mode {
    NONE,
    MANAGED,
    HYBRID,
    BREAK_FIX,
    LAPSED,
    PROJECT,
    TINY
  }

  /** A client being generated: its plan, and what it was billed month by month. */
  private static final class Customer {
    final String name;
    final Archetype archetype;
    final Payer payer;
    final SplittableRandom rng;
    final long[] tmCents;
    final int[] endpointsByMonth;
    final long[] feeByMonth;
    final List<Project> projects = new ArrayList<>();
    final List<InvoiceDraft> invoices = new ArrayList<>();
    int startMonth;
    int stopMonth;
    int coverFrom;
    int coverTo;
    boolean hybrid;
    boolean lapsedLeaves;
    LocalDate since;
    int users;
    Integer endpoints;
    long rateCents;
    BigDecimal rate;
    int terms;
    int primaryTech;
    int style;

    /** User tickets per endpoint per month under a contract. */
    double reactivity;

    /** Proactive hours (patching, maintenance) per endpoint per month under a contract. */
    double proactive;

    Customer(String name, Archetype archetype, Payer payer, SplittableRandom rng, int months) {
      this.name = name;
      this.archetype = archetype;
      this.payer = payer;
      this.rng = rng;
      this.tmCents = new long[months];
      this.endpointsByMonth = new int[months];
      this.feeByMonth = new long[months];
    }

    boolean covered(int month) {
      return month >= coverFrom && month < coverTo;
    }

    Mode mode(int month) {
      if (month < startMonth || month >= stopMonth) {
        return Mode.NONE;
      }
      if (covered(month)) {
        return hybrid ? Mode.HYBRID : Mode.MANAGED;
      }
      return switch (archetype) {
        case BREAK_FIX, INACTIVE, CONVERTED -> Mode.BREAK_FIX;
        case PROJECT_ONLY -> Mode.PROJECT;
        case TINY -> Mode.TINY;
        case CHURNED -> month >= coverTo ? Mode.LAPSED : Mode.NONE;
        case MANAGED, HYBRID -> Mode.NONE;
      };
    }
  }

  /** A project: its name (lower case after the first word), months [start, end] and hours. */
  private record Project(String name, String hardware, int start, int end, int hours) {}

  /** A ticket before it has its ID, which follows the order tickets were opened in. */
  private static final class TicketDraft {
    final Customer client;
    final LocalDateTime opened;
    final LocalDateTime closed;
    final String priority;
    final String type;
    final String source;
    final String summary;
    String id;

    TicketDraft(
        Customer client,
        LocalDateTime opened,
        LocalDateTime closed,
        String priority,
        String type,
        String source,
        String summary) {
      this.client = client;
      this.opened = opened;
      this.closed = closed;
      this.priority = priority;
      this.type = type;
      this.source = source;
      this.summary = summary;
    }
  }

  private record EntryDraft(
      Customer client,
      TicketDraft ticket,
      String technician,
      LocalDate date,
      int quarters,
      boolean billable,
      String workType,
      ChargeTo chargeTo,
      BigDecimal rate) {}

  /** An invoice before it has its ID; what was paid on it is filled in by {@code pay}. */
  private static final class InvoiceDraft {
    final Customer client;
    final LocalDate issued;
    final long cents;
    final String description;
    LocalDate paid;
    long balanceCents;
    String id;

    InvoiceDraft(Customer client, LocalDate issued, long cents, String description) {
      this.client = client;
      this.issued = issued;
      this.cents = cents;
      this.description = description;
    }
  }

  private record PaymentDraft(InvoiceDraft invoice, LocalDate date, long cents) {}

  private final int months;
  private final YearMonth first;
  private final LocalDate lastDay;
  private final LocalDateTime lastMoment;
  private final SplittableRandom root;
  private final String[] technicians;
  private final List<Client> clients = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<TicketDraft> tickets = new ArrayList<>();
  private final List<EntryDraft> entries = new ArrayList<>();
  private final List<InvoiceDraft> invoices = new ArrayList<>();
  private final List<PaymentDraft> payments = new ArrayList<>();

  private SampleGenerator(SampleSettings settings) {
    this.months = settings.months();
    this.first = settings.firstMonth();
    this.lastDay = settings.exportDay();
    this.lastMoment = lastDay.atTime(23, 59);
    this.root = new SplittableRandom(settings.seed());
    int staff = Math.max(6, Math.min(TECHNICIANS.length, 4 + settings.clients() / 8));
    this.technicians = Arrays.copyOf(TECHNICIANS, staff);
    generateClients(settings.clients());
  }

  /**
   * The sample book of the settings: clients, tickets, time entries, invoices, payments and
   * agreements; no files, rejections or warnings. The same settings always give an equal book.
   */
  public static Books generate(SampleSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("the sample settings must be given");
    }
    return new SampleGenerator(settings).books();
  }

  // ---------------------------------------------------------------------------------------------
  // Clients and their plans

  private void generateClients(int count) {
    List<String> names = ClientNames.generate(count);
    List<Archetype> archetypes = allocate(Archetype.values(), archetypeWeights(), count);
    List<Payer> payers = allocate(Payer.values(), payerWeights(), count);
    // the hand-picked names (commas, quotes, accents) go to clients with activity first
    String[] nameOf = new String[count];
    int next = 0;
    for (boolean quiet : new boolean[] {false, true}) {
      for (int i = 0; i < count; i++) {
        Archetype archetype = archetypes.get(i);
        if (quiet == (archetype == Archetype.TINY || archetype == Archetype.INACTIVE)) {
          nameOf[i] = names.get(next++);
        }
      }
    }
    for (int i = 0; i < count; i++) {
      Customer c = new Customer(nameOf[i], archetypes.get(i), payers.get(i), root.split(), months);
      plan(c);
      simulate(c);
      bill(c);
      for (InvoiceDraft invoice : c.invoices) {
        pay(c, invoice);
      }
      invoices.addAll(c.invoices);
      clients.add(new Client(c.name, c.endpoints, c.users, c.since));
    }
  }

  private static double[] archetypeWeights() {
    Archetype[] values = Archetype.values();
    double[] weights = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      weights[i] = values[i].weight;
    }
    return weights;
  }

  private static double[] payerWeights() {
    Payer[] values = Payer.values();
    double[] weights = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      weights[i] = values[i].weight;
    }
    return weights;
  }

  /** Exactly {@code count} values in the weights' proportions (largest remainder), shuffled. */
  private <E> List<E> allocate(E[] values, double[] weights, int count) {
    int[] counts = new int[values.length];
    double[] remainders = new double[values.length];
    int total = 0;
    for (int i = 0; i < values.length; i++) {
      double exact = weights[i] * count;
      counts[i] = (int) Math.floor(exact);
      remainders[i] = exact - counts[i];
      total += counts[i];
    }
    while (total < count) {
      int best = 0;
      for (int i = 1; i < values.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
      total++;
    }
    List<E> out = new ArrayList<>(count);
    for (int i = 0; i < values.length; i++) {
      for (int k = 0; k < counts[i]; k++) {
        out.add(values[i]);
      }
    }
    for (int i = out.size() - 1; i > 0; i--) {
      int j = root.nextInt(i + 1);
      E swap = out.get(i);
      out.set(i, out.get(j));
      out.set(j, swap);
    }
    return out;
  }

  private void plan(Customer c) {
    SplittableRandom r = c.rng;
    c.rateCents = RATES[r.nextInt(RATES.length)] * 100L;
    c.rate = BigDecimal.valueOf(c.rateCents, 2);
    c.terms = r.nextDouble() < 0.2 ? 15 : 30;
    c.primaryTech = r.nextInt(technicians.length);
    c.style = r.nextInt(3);
    c.stopMonth = months;
    boolean canJoin =
        switch (c.archetype) {
          case MANAGED, HYBRID, BREAK_FIX, PROJECT_ONLY -> true;
          default -> false;
        };
    boolean joins = canJoin && months > 3 && r.nextDouble() < 0.25;
    c.startMonth = joins ? r.nextInt(1, months) : 0;
    switch (c.archetype) {
      case MANAGED, HYBRID, CHURNED -> planManaged(c, joins);
      case CONVERTED -> planConverted(c);
      case BREAK_FIX -> planSmall(c, joins, 3, 40, 0.5);
      case PROJECT_ONLY -> planProjectOnly(c, joins);
      case TINY -> planSmall(c, false, 1, 6, 0.3);
      case INACTIVE -> {
        planSmall(c, false, 2, 20, 0.4);
        c.stopMonth = months > 13 ? Math.max(1, months - 13 - r.nextInt(0, 6)) : 0;
      }
    }
    planOccasionalProjects(c);
  }

  private void planManaged(Customer c, boolean joins) {
    SplittableRandom r = c.rng;
    c.hybrid = c.archetype == Archetype.HYBRID;
    // published MSP ranges (docs/decisions.md, 2026-12-02): 0.2-0.5 reactive hours per endpoint
    // a month under a managed agreement, about as many proactive ones
    c.reactivity = c.hybrid ? uniform(r, 0.28, 0.40) : uniform(r, 0.18, 0.32);
    c.proactive = c.hybrid ? uniform(r, 0.20, 0.30) : uniform(r, 0.30, 0.45);
    int endpoints = r.nextDouble() < 0.06 ? r.nextInt(120, 251) : logUniform(r, 8, 90);
    int agreementStart = joins ? c.startMonth : -r.nextInt(0, 37);
    c.since =
        joins
            ? month(c.startMonth).atDay(1).minusDays(r.nextInt(0, 21))
            : month(agreementStart).atDay(1).minusDays(r.nextInt(0, 1500));
    c.coverFrom = agreementStart;
    c.coverTo = months;
    if (c.archetype == Archetype.CHURNED && months >= 6) {
      int low = Math.max(agreementStart + 2, (int) (months * 0.3));
      int high = Math.max(low + 1, (int) (months * 0.75));
      c.coverTo = Math.min(months - 1, r.nextInt(low, high));
      c.lapsedLeaves = r.nextBoolean();
      if (c.lapsedLeaves) {
        c.stopMonth = c.coverTo;
      }
    }
    int price = c.hybrid ? r.nextInt(40, 66) : r.nextInt(90, 161);
    String name =
        c.hybrid
            ? (c.style == 0 ? "Monitoring and Patching Plan" : "Essentials Plan")
            : switch (c.style) {
              case 0 -> "Managed Services Agreement";
              case 1 -> "Managed IT - Complete Care";
              default -> "Managed IT Support Plan";
            };
    // at each yearly renewal the fee follows the endpoints half of the time
    int segmentStart = agreementStart;
    for (int m = agreementStart + 12; m < c.coverTo; m += 12) {
      if (r.nextBoolean()) {
        addAgreement(c, name, segmentStart, m, endpoints, price);
        segmentStart = m;
        endpoints = grow(r, endpoints);
      }
    }
    addAgreement(c, name, segmentStart, c.coverTo, endpoints, price);
    c.endpoints = endpoints;
    c.users = Math.max(1, (int) Math.round(endpoints * uniform(r, 0.6, 0.95)));
    if (joins) {
      c.projects.add(onboarding(c, c.startMonth));
    }
  }

  private static int grow(SplittableRandom r, int endpoints) {
    return Math.max(3, (int) Math.round(endpoints * uniform(r, 0.95, 1.22)));
  }

  /** One agreement row for months [from, to), and the fee of each of its months in the book. */
  private void addAgreement(Customer c, String name, int from, int to, int endpoints, int price) {
    long fee = (long) endpoints * price * 100L;
    LocalDate end = to >= months ? null : month(to - 1).atEndOfMonth();
    agreements.add(
        new Agreement(
            c.name,
            name,
            AgreementType.MANAGED,
            month(from).atDay(1),
            end,
            BigDecimal.valueOf(fee, 2)));
    for (int m = Math.max(0, from); m < Math.min(months, to); m++) {
      c.endpointsByMonth[m] = endpoints;
      c.feeByMonth[m] = fee;
    }
  }

  private void planConverted(Customer c) {
    SplittableRandom r = c.rng;
    planSmall(c, false, 5, 40, 1.0);
    int conversion =
        months <= 2 ? 0 : r.nextInt(Math.max(1, months / 3), Math.max(2, months * 4 / 5));
    int endpoints = c.endpoints;
    c.reactivity = uniform(r, 0.18, 0.32);
    c.proactive = uniform(r, 0.30, 0.45);
    c.coverFrom = conversion;
    c.coverTo = months;
    addAgreement(
        c, "Managed Services Agreement", conversion, months, endpoints, r.nextInt(90, 161));
    c.projects.add(onboarding(c, conversion));
  }

  /** A client without an agreement: users, maybe endpoints, since. */
  private void planSmall(
      Customer c, boolean joins, int minUsers, int maxUsers, double endpointsKnown) {
    SplittableRandom r = c.rng;
    c.users = logUniform(r, minUsers, maxUsers);
    c.endpoints = r.nextDouble() < endpointsKnown ? c.users + r.nextInt(1, 7) : null;
    c.since =
        joins
            ? month(c.startMonth).atDay(r.nextInt(1, 29))
            : first.atDay(1).minusDays(r.nextInt(30, 3650));
    c.coverFrom = 0;
    c.coverTo = 0;
  }

  private void planProjectOnly(Customer c, boolean joins) {
    SplittableRandom r = c.rng;
    planSmall(c, joins, 8, 80, 0.4);
    int count = Math.max(1, (int) Math.round(months / 10.0 * uniform(r, 0.7, 1.3)));
    for (int i = 0; i < count; i++) {
      int start = r.nextInt(c.startMonth, months);
      c.projects.add(project(c, start, r.nextInt(20, 141)));
    }
  }

  /** Managed clients now and then buy a project: about one in three a year. */
  private void planOccasionalProjects(Customer c) {
    if (c.coverFrom >= c.coverTo) {
      return;
    }
    SplittableRandom r = c.rng;
    int from = Math.max(Math.max(0, c.coverFrom), c.startMonth);
    for (int year = from; year < c.coverTo; year += 12) {
      if (r.nextDouble() < 0.3) {
        int start = r.nextInt(year, Math.min(c.coverTo, year + 12));
        c.projects.add(project(c, start, r.nextInt(12, 61)));
      }
    }
  }

  private static final String[][] PROJECTS = {
    {"server migration", "Hardware: server"},
    {"Office 365 migration", "Software licence - Microsoft 365 Business Premium"},
    {"network installation", "Hardware: network switches and access points"},
    {"firewall deployment", "Hardware: firewall appliance"},
    {"cloud backup deployment", null},
    {"phone system installation", "Hardware: IP desk phones"},
    {"SharePoint migration", null},
    {"workstation refresh deployment", "Hardware: desktop computers"},
    {"Wi-Fi installation", "Hardware: wireless access points"},
  };

  private Project project(Customer c, int start, int hours) {
    SplittableRandom r = c.rng;
    String[] kind = PROJECTS[r.nextInt(PROJECTS.length)];
    int end = Math.min(months - 1, start + r.nextInt(0, 3));
    String hardware = kind[1] != null && r.nextDouble() < 0.6 ? kind[1] : null;
    return new Project(kind[0], hardware, start, end, hours);
  }

  private Project onboarding(Customer c, int start) {
    int end = Math.min(months - 1, start + 1);
    return new Project("onboarding", null, start, end, c.rng.nextInt(10, 31));
  }

  // ---------------------------------------------------------------------------------------------
  // Tickets and time, month by month

  private void simulate(Customer c) {
    SplittableRandom r = c.rng;
    for (int m = 0; m < months; m++) {
      Mode mode = c.mode(m);
      if (mode == Mode.NONE) {
        continue;
      }
      YearMonth ym = month(m);
      LocalDate from = later(ym.atDay(1), c.since);
      LocalDate to = ym.atEndOfMonth();
      if (from.isAfter(to)) {
        continue;
      }
      double load = SEASON[ym.getMonthValue() - 1] * (1 + 0.04 * m / 12.0);
      switch (mode) {
        case MANAGED, HYBRID -> managedMonth(c, m, from, to, load, mode == Mode.HYBRID);
        case BREAK_FIX -> breakFixMonth(c, from, to, load);
        case LAPSED -> lightMonth(c, from, to, 0.6 * load);
        case TINY -> lightMonth(c, from, to, 0.25 * load);
        case PROJECT -> {
          if (recentTmMonths(c, m) < 2) {
            lightMonth(c, from, to, 0.15 * load);
          }
        }
        case NONE -> {}
      }
      double productChance = mode == Mode.MANAGED || mode == Mode.HYBRID ? 0.05 : 0.025;
      if (r.nextDouble() < productChance) {
        productInvoice(c, from, to);
      }
    }
    for (Project p : c.projects) {
      runProject(c, p);
    }
    creditMemos(c);
  }

  private int recentTmMonths(Customer c, int m) {
    int count = 0;
    for (int k = Math.max(0, m - 11); k <= m; k++) {
      if (c.tmCents[k] > 0) {
        count++;
      }
    }
    return count;
  }

  private void managedMonth(
      Customer c, int m, LocalDate from, LocalDate to, double load, boolean hybrid) {
    SplittableRandom r = c.rng;
    int endpoints = c.endpointsByMonth[m];
    int userTickets = poisson(r, endpoints * c.reactivity * load);
    for (int i = 0; i < userTickets; i++) {
      boolean request = r.nextDouble() < 0.4;
      boolean billable = hybrid || (request && r.nextDouble() < 0.08);
      userTicket(c, from, to, request, billable ? ChargeTo.TIME_AND_MATERIALS : ChargeTo.AGREEMENT);
    }
    int alerts = poisson(r, endpoints * 0.05 * load);
    for (int i = 0; i < alerts; i++) {
      alertTicket(c, from, to);
    }
    patching(c, from, to, "Monthly patching - " + monthName(month(m)), endpoints * load);
    int extra = poisson(r, 0.3);
    for (int i = 0; i < extra; i++) {
      maintenanceTicket(c, from, to, pick(r, MAINTENANCE));
    }
    if (!hybrid && month(m).getMonthValue() % 3 == 1) {
      LocalDate day = businessDay(r, from, to);
      addEntry(c, null, technician(c), day, r.nextInt(4, 9), "admin", ChargeTo.AGREEMENT);
    }
  }

  private void breakFixMonth(Customer c, LocalDate from, LocalDate to, double load) {
    SplittableRandom r = c.rng;
    double u = r.nextDouble();
    // feast or famine: mostly quiet months, now and then a burst of work
    double burst = u < 0.5 ? 0.25 : u < 0.85 ? 1.0 : uniform(r, 3.5, 6.0);
    // about three times a managed client's reactive load per device, in bursts
    int count = poisson(r, (0.6 + c.users * 0.28) * burst * load);
    boolean spike = burst > 3;
    for (int i = 0; i < count; i++) {
      boolean request = r.nextDouble() < (spike ? 0.15 : 0.3);
      userTicket(c, from, to, request, ChargeTo.TIME_AND_MATERIALS, spike);
    }
    if (r.nextDouble() < 0.04) {
      // a quote prepared for free
      addEntry(c, null, technician(c), businessDay(r, from, to), r.nextInt(2, 7), "admin", null);
    }
  }

  private void lightMonth(Customer c, LocalDate from, LocalDate to, double lambda) {
    int count = poisson(c.rng, lambda);
    for (int i = 0; i < count; i++) {
      userTicket(c, from, to, c.rng.nextDouble() < 0.35, ChargeTo.TIME_AND_MATERIALS);
    }
  }

  private void userTicket(
      Customer c, LocalDate from, LocalDate to, boolean request, ChargeTo charge) {
    userTicket(c, from, to, request, charge, false);
  }

  private void userTicket(
      Customer c, LocalDate from, LocalDate to, boolean request, ChargeTo charge, boolean spike) {
    SplittableRandom r = c.rng;
    String priority;
    String summary;
    if (request) {
      priority = r.nextDouble() < 0.6 ? "P3" : "P4";
      summary = pick(r, REQUESTS);
    } else {
      double u = r.nextDouble();
      double urgent = spike ? 0.12 : 0.03;
      priority = u < urgent ? "P1" : u < urgent + 0.17 ? "P2" : u < 0.78 ? "P3" : "P4";
      summary =
          priority.equals("P1")
              ? pick(r, URGENT)
              : r.nextDouble() < 0.004 ? pick(r, MULTILINE) : pick(r, INCIDENTS);
    }
    summary = withPerson(r, summary);
    double s = r.nextDouble();
    String source = s < 0.35 ? "phone" : s < 0.75 ? "email" : "portal";
    String type = request ? "service request" : "incident";
    TicketDraft ticket = openTicket(c, from, to, false, priority, type, source, summary);
    double onsiteChance =
        charge == ChargeTo.AGREEMENT ? 0.12 : c.archetype == Archetype.HYBRID ? 0.2 : 0.35;
    int count = entryCount(r) + (priority.equals("P1") ? 1 : 0);
    String tech = technician(c);
    ChargeTo entryCharge = charge;
    if (charge == ChargeTo.TIME_AND_MATERIALS && r.nextDouble() < 0.03) {
      entryCharge = ChargeTo.INTERNAL; // written off: rework, goodwill
    }
    for (int i = 0; i < count; i++) {
      boolean onsite = r.nextDouble() < (spike ? 0.55 : onsiteChance);
      int quarters;
      if (onsite) {
        quarters = r.nextInt(4, 17);
      } else if (priority.equals("P1")) {
        quarters = r.nextInt(4, 17);
      } else {
        quarters = Math.min(r.nextInt(1, 9), r.nextInt(1, 9));
      }
      LocalDate day = entryDay(r, ticket, i);
      addEntry(
          c,
          ticket,
          i > 0 && r.nextDouble() < 0.3 ? technician(c) : tech,
          day,
          quarters,
          onsite ? "onsite" : "remote",
          entryCharge);
    }
  }

  private void alertTicket(Customer c, LocalDate from, LocalDate to) {
    SplittableRandom r = c.rng;
    double u = r.nextDouble();
    String priority = u < 0.02 ? "P1" : u < 0.27 ? "P2" : u < 0.9 ? "P3" : "P4";
    String summary = withPerson(r, pick(r, ALERTS));
    TicketDraft ticket = openTicket(c, from, to, true, priority, "alert", "monitoring", summary);
    if (r.nextDouble() < 0.7) {
      addEntry(
          c,
          ticket,
          technician(c),
          entryDay(r, ticket, 0),
          Math.min(r.nextInt(1, 5), r.nextInt(1, 5)),
          "remote",
          ChargeTo.AGREEMENT);
    }
  }

  private void maintenanceTicket(Customer c, LocalDate from, LocalDate to, String summary) {
    SplittableRandom r = c.rng;
    String source = r.nextDouble() < 0.7 ? "monitoring" : "email";
    TicketDraft ticket = openTicket(c, from, to, false, "P4", "maintenance", source, summary);
    addEntry(
        c,
        ticket,
        technician(c),
        entryDay(r, ticket, 0),
        r.nextInt(2, 9),
        "maintenance",
        ChargeTo.AGREEMENT);
  }

  /**
   * The month's patching and upkeep: {@code proactive} hours per endpoint (at least half an hour),
   * in entries of at most 8 hours on the ticket's days.
   */
  private void patching(Customer c, LocalDate from, LocalDate to, String summary, double load) {
    SplittableRandom r = c.rng;
    String source = r.nextDouble() < 0.7 ? "monitoring" : "email";
    TicketDraft ticket = openTicket(c, from, to, false, "P4", "maintenance", source, summary);
    int quarters = Math.max(2, (int) Math.round(load * c.proactive * 4));
    for (int i = 0; quarters > 0; i++) {
      int part = Math.min(quarters, HOURS.length - 1);
      addEntry(
          c,
          ticket,
          technician(c),
          entryDay(r, ticket, i),
          part,
          "maintenance",
          ChargeTo.AGREEMENT);
      quarters -= part;
    }
  }

  private TicketDraft openTicket(
      Customer c,
      LocalDate from,
      LocalDate to,
      boolean anyHour,
      String priority,
      String type,
      String source,
      String summary) {
    SplittableRandom r = c.rng;
    LocalDate day = anyHour ? randomDay(r, from, to) : businessDay(r, from, to);
    int hour;
    if (anyHour) {
      hour = r.nextInt(24);
    } else {
      double u = r.nextDouble();
      hour = u < 0.05 ? 7 : u < 0.95 ? r.nextInt(8, 17) : 17;
    }
    LocalDateTime opened = day.atTime(hour, r.nextInt(60));
    LocalDateTime closed = opened.plusMinutes(minutesToClose(r, priority, type));
    if (closed.isAfter(lastMoment) || r.nextDouble() < 0.003) {
      closed = null; // still open when the books were exported
    }
    TicketDraft ticket = new TicketDraft(c, opened, closed, priority, type, source, summary);
    tickets.add(ticket);
    return ticket;
  }

  private static long minutesToClose(SplittableRandom r, String priority, String type) {
    if (type.equals("alert")) {
      return r.nextInt(10, 241);
    }
    if (type.equals("project")) {
      return r.nextInt(1, 22) * 1440L + r.nextInt(0, 600);
    }
    return switch (priority) {
      case "P1" -> r.nextInt(30, 481);
      case "P2" -> r.nextInt(60, 1441);
      case "P3" -> r.nextInt(120, 4321);
      default -> r.nextInt(240, 14401);
    };
  }

  /** The day of a ticket's i-th entry: the first on the day it opened, later ones until closed. */
  private LocalDate entryDay(SplittableRandom r, TicketDraft ticket, int i) {
    LocalDate opened = ticket.opened.toLocalDate();
    if (i == 0) {
      return opened;
    }
    LocalDate last =
        ticket.closed != null ? ticket.closed.toLocalDate() : earlier(lastDay, opened.plusDays(14));
    long span = last.toEpochDay() - opened.toEpochDay();
    return span <= 0 ? opened : opened.plusDays(r.nextLong(span + 1));
  }

  private static int entryCount(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.7 ? 1 : u < 0.92 ? 2 : 3;
  }

  /**
   * Adds a time entry. Agreement and internal time is not billable; time and materials is, at the
   * client's rate; project time is billable at the project's fixed price (no rate). A null charge
   * means internal time.
   */
  private void addEntry(
      Customer c,
      TicketDraft ticket,
      String technician,
      LocalDate day,
      int quarters,
      String workType,
      ChargeTo charge) {
    ChargeTo chargeTo = charge == null ? ChargeTo.INTERNAL : charge;
    boolean billable = chargeTo == ChargeTo.TIME_AND_MATERIALS || chargeTo == ChargeTo.PROJECT;
    BigDecimal rate = chargeTo == ChargeTo.TIME_AND_MATERIALS ? c.rate : null;
    entries.add(
        new EntryDraft(c, ticket, technician, day, quarters, billable, workType, chargeTo, rate));
    if (chargeTo == ChargeTo.TIME_AND_MATERIALS) {
      c.tmCents[monthIndex(day)] += quarters * c.rateCents / 4;
    }
  }

  private static final String[] PHASES = {
    "planning and site survey",
    "order and prepare hardware",
    "build and configure",
    "cutover, after hours",
    "user training",
    "fix issues after cutover",
    "documentation and handover",
    "on-site install",
    "data copy and verification"
  };

  private static final String[] ONBOARDING_STEPS = {
    "network documentation",
    "install monitoring agents",
    "backup setup and first restore test",
    "password vault and admin accounts",
    "patch baseline on all devices"
  };

  /** A project's tickets and time (about its hours), its invoices and maybe its hardware. */
  private void runProject(Customer c, Project p) {
    SplittableRandom r = c.rng;
    boolean onboarding = p.name().equals("onboarding");
    String title = capitalize(p.name());
    int target = (int) Math.round(p.hours() * 4 * uniform(r, 0.8, 1.3));
    int done = 0;
    int span = p.end() - p.start() + 1;
    int steps = Math.max(1, target / 28);
    for (int step = 0; done < target; step++) {
      int m = p.start() + Math.min(span - 1, step * span / steps);
      YearMonth ym = month(m);
      LocalDate from = later(ym.atDay(1), c.since);
      LocalDate to = ym.atEndOfMonth();
      if (from.isAfter(to)) {
        from = to;
      }
      String phase =
          onboarding
              ? ONBOARDING_STEPS[step % ONBOARDING_STEPS.length]
              : PHASES[step % PHASES.length];
      double s = r.nextDouble();
      String source = s < 0.6 ? "email" : s < 0.8 ? "portal" : "phone";
      TicketDraft ticket =
          openTicket(
              c,
              from,
              to,
              false,
              r.nextDouble() < 0.3 ? "P3" : "P4",
              "project",
              source,
              title + " - " + phase);
      int count = entryCount(r);
      for (int i = 0; i < count && done < target; i++) {
        int quarters = r.nextInt(8, 33);
        boolean onsite = r.nextDouble() < 0.3;
        addEntry(
            c,
            ticket,
            technician(c),
            entryDay(r, ticket, i),
            quarters,
            onsite ? "onsite" : "project",
            ChargeTo.PROJECT);
        done += quarters;
      }
    }
    YearMonth startMonth = month(p.start());
    LocalDate start = later(startMonth.atDay(1 + r.nextInt(0, 10)), c.since);
    long budget = (long) p.hours() * c.rateCents;
    if (onboarding) {
      addInvoice(c, start, budget, "Onboarding - documentation and agent deployment");
    } else if (p.end() > p.start() && r.nextBoolean()) {
      long deposit = budget / 2;
      addInvoice(c, start, deposit, "Project: " + p.name() + " - deposit");
      addInvoice(
          c,
          month(p.end()).atEndOfMonth(),
          budget - deposit,
          "Project: " + p.name() + " - final invoice");
    } else {
      addInvoice(c, month(p.end()).atEndOfMonth(), budget, "Project: " + p.name());
    }
    if (p.hardware() != null) {
      long cents = r.nextInt(1500, 12001) * 100L + (r.nextBoolean() ? 0 : r.nextInt(100));
      addInvoice(c, start, cents, p.hardware());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Invoices and payments

  private static final String[][] PRODUCTS = {
    // description, lowest unit price, highest unit price, most units
    {"Hardware: laptops", "899", "1699", "5"},
    {"Hardware: desktop computers", "699", "1299", "4"},
    {"Hardware: monitors", "149", "329", "8"},
    {"Hardware: firewall appliance", "599", "2499", "1"},
    {"Hardware: wireless access points", "149", "399", "6"},
    {"Hardware: docking stations", "189", "289", "6"},
    {"Software licence - Adobe Acrobat Pro", "239", "239", "10"},
    {"Software licence renewal - antivirus", "35", "55", "60"},
    {"Equipment: UPS battery replacement", "129", "449", "2"},
  };

  private void productInvoice(Customer c, LocalDate from, LocalDate to) {
    SplittableRandom r = c.rng;
    String[] product = PRODUCTS[r.nextInt(PRODUCTS.length)];
    int units = r.nextInt(1, Integer.parseInt(product[3]) + 1);
    long unitCents =
        r.nextInt(Integer.parseInt(product[1]), Integer.parseInt(product[2]) + 1) * 100L
            + (r.nextBoolean() ? 99 : 0);
    String description = units > 1 ? product[0] + " (" + units + ")" : product[0];
    addInvoice(c, randomDay(r, from, to), units * unitCents, description);
  }

  private static final String[] CREDITS = {
    "Credit memo - billing correction",
    "Credit memo - service credit for outage",
    "Credit memo - duplicate charge",
    "Credit memo - returned equipment"
  };

  /** About one client in seven gets a credit memo or two in months it was active. */
  private void creditMemos(Customer c) {
    SplittableRandom r = c.rng;
    if (r.nextDouble() >= 0.15) {
      return;
    }
    int count = r.nextDouble() < 0.3 ? 2 : 1;
    List<Integer> active = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      if (c.mode(m) != Mode.NONE) {
        active.add(m);
      }
    }
    if (active.isEmpty()) {
      return;
    }
    for (int i = 0; i < count; i++) {
      YearMonth ym = month(active.get(r.nextInt(active.size())));
      LocalDate day = randomDay(r, later(ym.atDay(1), c.since), ym.atEndOfMonth());
      long cents = r.nextInt(40, 601) * 100L + r.nextInt(100);
      addInvoice(c, day, -cents, pick(r, CREDITS));
    }
  }

  /** Recurring fees on the first of each covered month, time and materials at each month's end. */
  private void bill(Customer c) {
    for (int m = 0; m < months; m++) {
      YearMonth ym = month(m);
      if (c.feeByMonth[m] > 0) {
        addInvoice(c, ym.atDay(1), c.feeByMonth[m], recurringDescription(c, ym));
      }
      if (c.tmCents[m] > 0) {
        addInvoice(c, ym.atEndOfMonth(), c.tmCents[m], laborDescription(c, m, ym));
      }
    }
  }

  private static String recurringDescription(Customer c, YearMonth ym) {
    if (c.hybrid) {
      return "Managed services (monitoring and patching) - " + monthName(ym);
    }
    return switch (c.style) {
      case 0 -> "Managed services - " + monthName(ym);
      case 1 -> "Monthly managed IT services - " + monthName(ym);
      default ->
          "Managed services agreement - "
              + MONTH_NAMES[ym.getMonthValue() - 1].substring(0, 3)
              + " "
              + ym.getYear();
    };
  }

  private static String laborDescription(Customer c, int m, YearMonth ym) {
    if (c.covered(m) && !c.hybrid) {
      return "Additional labor (out of scope) - " + monthName(ym);
    }
    return switch (c.style) {
      case 0 -> "Labor - time and materials - " + monthName(ym);
      case 1 -> "Labor - time and materials (" + monthName(ym) + ")";
      default -> "Time and materials labor - " + monthName(ym);
    };
  }

  private void addInvoice(Customer c, LocalDate issued, long cents, String description) {
    c.invoices.add(new InvoiceDraft(c, issued, cents, description));
  }

  /**
   * Pays an invoice the client's way: autopay within days, prompt payers within terms, slow ones
   * 10-40 days late, very late ones 60-120 days late, and now and then never. Some invoices are
   * paid in two parts. Payments after the export day are not in the book; the balance is what is
   * still open on that day.
   */
  private void pay(Customer c, InvoiceDraft invoice) {
    SplittableRandom r = c.rng;
    invoice.balanceCents = invoice.cents;
    if (invoice.cents <= 0) {
      invoice.balanceCents = 0; // credit memos are applied, not paid
      return;
    }
    if (c.payer != Payer.AUTOPAY && r.nextDouble() < 0.006) {
      return; // disputed or forgotten: never paid
    }
    LocalDate issued = invoice.issued;
    LocalDate due = issued.plusDays(c.terms);
    LocalDate day =
        switch (c.payer) {
          case AUTOPAY -> issued.plusDays(r.nextInt(1, 5));
          case PROMPT ->
              r.nextDouble() < 0.88
                  ? issued.plusDays(r.nextInt(Math.min(7, c.terms), c.terms + 1))
                  : due.plusDays(r.nextInt(1, 8));
          case SLOW -> due.plusDays(r.nextInt(10, 41));
          case VERY_LATE -> due.plusDays(r.nextInt(60, 121));
        };
    if (c.payer != Payer.AUTOPAY) {
      day = weekday(day);
    }
    double splitChance =
        switch (c.payer) {
          case SLOW -> 0.2;
          case VERY_LATE -> 0.3;
          default -> 0.05;
        };
    long days = day.toEpochDay() - issued.toEpochDay();
    if (days >= 4 && invoice.cents >= 200 && r.nextDouble() < splitChance) {
      LocalDate firstDay = issued.plusDays(Math.max(1, Math.round(days * uniform(r, 0.3, 0.7))));
      long firstCents =
          Math.max(
              1, Math.min(invoice.cents - 1, Math.round(invoice.cents * uniform(r, 0.3, 0.7))));
      if (firstDay.isBefore(day)) {
        if (!firstDay.isAfter(lastDay)) {
          addPayment(invoice, firstDay, firstCents);
        }
        if (!day.isAfter(lastDay)) {
          addPayment(invoice, day, invoice.cents - firstCents);
          invoice.paid = day;
        }
        return;
      }
    }
    if (!day.isAfter(lastDay)) {
      addPayment(invoice, day, invoice.cents);
      invoice.paid = day;
    }
  }

  private void addPayment(InvoiceDraft invoice, LocalDate day, long cents) {
    payments.add(new PaymentDraft(invoice, day, cents));
    invoice.balanceCents -= cents;
  }

  // ---------------------------------------------------------------------------------------------
  // The book: ids in time order, then records

  private Books books() {
    long[] order = new long[tickets.size()];
    long firstMinute = first.atDay(1).toEpochDay() * 1440;
    for (int i = 0; i < order.length; i++) {
      LocalDateTime opened = tickets.get(i).opened;
      long minute = opened.toLocalDate().toEpochDay() * 1440 + opened.getHour() * 60L;
      order[i] = (minute + opened.getMinute() - firstMinute) << 32 | i;
    }
    Arrays.sort(order);
    List<Ticket> ticketRecords = new ArrayList<>(order.length);
    for (int i = 0; i < order.length; i++) {
      TicketDraft t = tickets.get((int) order[i]);
      t.id = "T-" + zeroPad(i + 1, 6);
      ticketRecords.add(
          new Ticket(
              t.id, t.client.name, t.opened, t.closed, t.priority, t.type, t.source, t.summary));
    }
    order = new long[entries.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = dayKey(entries.get(i).date(), i);
    }
    Arrays.sort(order);
    List<TimeEntry> entryRecords = new ArrayList<>(order.length);
    for (int i = 0; i < order.length; i++) {
      EntryDraft e = entries.get((int) order[i]);
      entryRecords.add(
          new TimeEntry(
              "E-" + zeroPad(i + 1, 7),
              e.client().name,
              e.ticket() == null ? null : e.ticket().id,
              e.technician(),
              e.date(),
              HOURS[e.quarters()],
              e.billable(),
              e.workType(),
              e.chargeTo(),
              e.rate()));
    }
    order = new long[invoices.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = dayKey(invoices.get(i).issued, i);
    }
    Arrays.sort(order);
    List<Invoice> invoiceRecords = new ArrayList<>(order.length);
    for (int i = 0; i < order.length; i++) {
      InvoiceDraft d = invoices.get((int) order[i]);
      d.id = "INV-" + (10001 + i);
      invoiceRecords.add(
          new Invoice(
              d.id,
              d.client.name,
              d.issued,
              d.issued.plusDays(d.client.terms),
              money(d.cents),
              d.paid,
              money(d.balanceCents),
              null,
              d.description));
    }
    order = new long[payments.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = dayKey(payments.get(i).date(), i);
    }
    Arrays.sort(order);
    List<Payment> paymentRecords = new ArrayList<>(order.length);
    for (long key : order) {
      PaymentDraft p = payments.get((int) key);
      paymentRecords.add(new Payment(p.invoice().id, p.date(), money(p.cents())));
    }
    return new Books(
        List.copyOf(clients),
        List.copyOf(ticketRecords),
        List.copyOf(entryRecords),
        List.copyOf(invoiceRecords),
        List.copyOf(paymentRecords),
        List.copyOf(agreements),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * A sort key: days since the book's first day, then the draft's place in its list (which is the
   * order it was made in), so that sorting plain longs orders by date and keeps ties stable.
   */
  private long dayKey(LocalDate day, int index) {
    return (day.toEpochDay() - first.atDay(1).toEpochDay() + 1_000_000L) << 32 | index;
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  private YearMonth month(int index) {
    return first.plusMonths(index);
  }

  private int monthIndex(LocalDate day) {
    return (day.getYear() - first.getYear()) * 12 + day.getMonthValue() - first.getMonthValue();
  }

  private String technician(Customer c) {
    // the client's own technician takes most of its work
    return c.rng.nextDouble() < 0.6
        ? technicians[c.primaryTech]
        : technicians[c.rng.nextInt(technicians.length)];
  }

  private static String monthName(YearMonth ym) {
    return MONTH_NAMES[ym.getMonthValue() - 1] + " " + ym.getYear();
  }

  private static BigDecimal money(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate randomDay(SplittableRandom r, LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return span <= 0 ? from : from.plusDays(r.nextLong(span + 1));
  }

  /** A random weekday in [from, to], or a weekend day when the range holds no weekday. */
  private static LocalDate businessDay(SplittableRandom r, LocalDate from, LocalDate to) {
    LocalDate day = randomDay(r, from, to);
    DayOfWeek weekday = day.getDayOfWeek();
    if (weekday == DayOfWeek.SATURDAY) {
      LocalDate friday = day.minusDays(1);
      LocalDate monday = day.plusDays(2);
      day = !friday.isBefore(from) ? friday : !monday.isAfter(to) ? monday : day;
    } else if (weekday == DayOfWeek.SUNDAY) {
      LocalDate monday = day.plusDays(1);
      LocalDate friday = day.minusDays(2);
      day = !monday.isAfter(to) ? monday : !friday.isBefore(from) ? friday : day;
    }
    return day;
  }

  /** The day itself on a weekday; the Monday after on a weekend. */
  private static LocalDate weekday(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  private static double uniform(SplittableRandom r, double low, double high) {
    return low + (high - low) * r.nextDouble();
  }

  private static int logUniform(SplittableRandom r, int low, int high) {
    return (int) Math.round(Math.exp(uniform(r, Math.log(low), Math.log(high))));
  }

  private static int poisson(SplittableRandom r, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * r.nextGaussian()));
    }
    double limit = Math.exp(-lambda);
    double product = r.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= r.nextDouble();
      count++;
    }
    return count;
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String withPerson(SplittableRandom r, String template) {
    if (template.indexOf('%') < 0) {
      return template;
    }
    return template.replace("%p", pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES));
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String zeroPad(long value, int width) {
    String digits = Long.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  private static final String[] INCIDENTS = {
    "Outlook keeps asking for a password",
    "Printer says \"offline\"",
    "Can't open the shared drive, S: is missing",
    "Computer very slow, takes 10 minutes to start",
    "VPN disconnects every few minutes",
    "Email to a customer bounced: \"mailbox unavailable\"",
    "Wi-Fi drops in the conference room",
    "QuickBooks won't open the company file",
    "Blue screen on the reception PC",
    "Scanner not sending to email",
    "Teams calls dropping, audio choppy",
    "Second monitor black after docking",
    "%p locked out of account",
    "Excel crashes when opening \"Budget 2026.xlsx\"",
    "Mapped drives missing after update",
    "Can't print to the plotter, error 0x0000011b",
    "Laptop won't charge",
    "Website contact form not sending, customers complaining",
    "Calendar not syncing on %p's phone",
    "Cannot log in to the bank portal, \"certificate error\""
  };

  /** Summaries pasted from an email, a line break and all: rare. */
  private static final String[] MULTILINE = {
    "Printer jams on every job\nTried a new toner cartridge, still jams",
    "Voicemail not working\nCallers hear a busy tone after 3 rings",
    "Can't get into email on my phone\nIt worked yesterday, nothing changed"
  };

  private static final String[] URGENT = {
    "Server unreachable, nobody can log in",
    "Internet down at the main office",
    "Suspicious email, %p clicked the link",
    "Ransomware warning on a workstation, unplugged it",
    "Phone system down, no inbound calls"
  };

  private static final String[] REQUESTS = {
    "New user setup: %p",
    "Disable account for departing employee %p",
    "Password reset for %p",
    "Add shared mailbox \"accounts\"",
    "Install Adobe Acrobat, licence attached",
    "Set up new printer in the back office",
    "Move two desks, phones and PCs to the 2nd floor",
    "New laptop for %p",
    "Add %p to the \"Finance\" distribution list",
    "New email signature with the new logo",
    "Grant %p access to the HR folder",
    "Set up MFA on %p's phone",
    "Quote for three new workstations"
  };

  private static final String[] MAINTENANCE = {
    "Windows updates on servers, reboot after hours",
    "Backup restore test",
    "Firewall firmware update",
    "Replace UPS battery in the server room",
    "Clean up disk space on the file server"
  };

  private static final String[] ALERTS = {
    "Disk space low on C: (8% free)",
    "Backup job failed: \"Nightly-Full\"",
    "Server offline - ping timeout",
    "CPU above 95% for 15 minutes",
    "Antivirus detected a threat, file quarantined",
    "UPS on battery power",
    "25 failed logins in 5 minutes for %p",
    "SSL certificate expires in 14 days",
    "RAID array degraded, disk 2 failed"
  };

  private static final String[] FIRST_NAMES = {
    "Maria", "James", "Linda", "Robert", "Wei", "Fatima", "Olivia", "Noah", "Zoë", "Andrés",
    "Priya", "Liam", "Chloé", "Mohammed", "Sarah", "Kenji", "Grace", "Tomás", "Emma", "David"
  };

  private static final String[] LAST_NAMES = {
    "Alvarez",
    "Brown",
    "Chen",
    "Dubois",
    "Evans",
    "Fischer",
    "García",
    "Hughes",
    "Ito",
    "Johnson",
    "Kowalski",
    "Lambert",
    "Miller",
    "Novak",
    "O'Brien",
    "Patel",
    "Rossi",
    "Schmidt",
    "Taylor",
    "Wright"
  };

  /** Client names: a list of hand-picked ones, then combinations that stay unique. */
  private static final class ClientNames {
    private static final String[] NAMED = {
      "Smith, Jones & Partners LLP",
      "Harbor View Dental",
      "The \"Corner\" Bakery",
      "Northside Veterinary Clinic",
      "Café Müller GmbH",
      "Greenfield Accounting Group",
      "Société Générale de Plomberie",
      "Bluewater Logistics Inc.",
      "Oak & Iron Architects",
      "Riverside Family Medicine",
      "Summit Realty Partners",
      "Peterson Law Office",
      "Maple Street Pediatrics",
      "Brightline Marketing",
      "Keystone Construction LLC",
      "Lakeside Insurance Agency",
      "Crescent Moon Yoga Studio",
      "Evergreen Landscaping",
      "Precision Auto Repair",
      "Golden Gate Title Company",
      "Hillcrest Senior Living",
      "Atlas Freight Brokers",
      "Cedar Ridge Chiropractic",
      "Pinnacle Financial Advisors",
      "Redwood Property Management",
      "Silver Lining Catering",
      "Stonebridge Engineering",
      "Tri-County Electric",
      "Union Square Optometry",
      "Vista Dermatology Associates",
      "Westbrook Library Foundation",
      "Willow Creek Winery",
      "Anderson & Kowalski CPAs",
      "O'Connor Funeral Home",
      "Martínez Landscaping & Design",
      "Nguyen Family Pharmacy",
      "Boulangerie Dupont",
      "Zürich Precision Tools AG",
      "Østergaard Furniture",
      "Harris, Reed & Co.",
      "Fresh Start Cleaning Services",
      "Mountain View Orthodontics",
      "Coastal Surveying Ltd",
      "Copperleaf Interiors",
      "Elm Street Animal Hospital",
      "First Light Solar",
      "Granite State Mortgage",
      "Heritage Home Health",
      "Ironwood Fitness",
      "Juniper Travel",
      "Kingsley & Pratt Attorneys",
      "Liberty Tax & Bookkeeping",
      "Meadowbrook Montessori School",
      "Northwind Traders",
      "Old Mill Brewing Co.",
      "Parkway Physical Therapy",
      "Quincy Marine Supply",
      "Rosewood Florist",
      "Sunrise Staffing Solutions",
      "Thompson Machining",
      "Urban Roots Coffee",
      "Valley Fresh Produce",
      "Whitfield & Sons Plumbing",
      "Yellowstone Outfitters",
      "Zenith Print & Copy",
      "Bäckerei Schäfer",
      "Fernández Imports, S.L.",
      "Lopez, Garcia & Associates",
      "Studio \"Lumière\" Photography",
      "Saint-Éloi Veterinary Clinic"
    };
    private static final String[] FIRST = {
      "Adams",
      "Baker",
      "Carter",
      "Dalton",
      "Ellis",
      "Foster",
      "Grant",
      "Hayes",
      "Irving",
      "Jensen",
      "Keller",
      "Lawson",
      "Mercer",
      "Nolan",
      "Porter",
      "Quinn",
      "Reyes",
      "Sawyer",
      "Turner",
      "Vance",
      "Walsh",
      "Young",
      "Ashford",
      "Brookside",
      "Clearwater",
      "Driftwood",
      "Eastgate",
      "Fairview",
      "Glenwood",
      "Highland",
      "Lakeview",
      "Millbrook",
      "Northgate",
      "Oakmont",
      "Pinecrest",
      "Ridgeway",
      "Southport",
      "Timberline",
      "Westfield",
      "Woodland",
      "Bellamy",
      "Castillo",
      "Dubois",
      "Fischer",
      "Müller",
      "Novak",
      "Okafor",
      "Rossi",
      "Sørensen",
      "Tanaka"
    };
    private static final String[] TRADE = {
      "Dental",
      "Veterinary Clinic",
      "Accounting",
      "Law Group",
      "Plumbing",
      "Electric",
      "Roofing",
      "Realty",
      "Insurance",
      "Pharmacy",
      "Physical Therapy",
      "Chiropractic",
      "Engineering",
      "Architects",
      "Logistics",
      "Construction",
      "Landscaping",
      "Auto Body",
      "Bakery",
      "Catering",
      "Printing",
      "Staffing",
      "Wealth Management",
      "Family Medicine",
      "Pediatrics",
      "Optometry",
      "Title & Escrow",
      "Property Management",
      "Marketing",
      "Consulting",
      "Manufacturing",
      "Machine Works",
      "Brewing",
      "Winery",
      "Furniture",
      "Flooring",
      "Cabinetry",
      "Travel",
      "Fitness",
      "Photography"
    };
    private static final String[] SUFFIX = {
      "", "LLC", "Inc.", "Group", "Partners", "Associates", "Ltd", "Services", "Company", "Co."
    };
    private static final String[] TOWNS = {
      "Springfield",
      "Riverton",
      "Fairhaven",
      "Greenville",
      "Madison",
      "Salem",
      "Franklin",
      "Clinton",
      "Georgetown",
      "Ashland",
      "Oxford",
      "Dover"
    };

    private ClientNames() {}

    /**
     * {@code count} names, normalised (trimmed, single spaces) and unique case-insensitively. The
     * combinations walk a fixed permutation of first word x trade x suffix, then add a town.
     */
    static List<String> generate(int count) {
      List<String> names = new ArrayList<>(count);
      Set<String> keys = new HashSet<>();
      for (String name : NAMED) {
        if (names.size() == count) {
          return names;
        }
        if (keys.add(ClientName.keyOf(name))) {
          names.add(name);
        }
      }
      long block = (long) FIRST.length * TRADE.length * SUFFIX.length;
      for (long k = 0; names.size() < count; k++) {
        long town = k / block;
        // 7919 is prime and does not divide the block size, so this walks every combination once
        long code = (k % block * 7919 + 104_729) % block;
        StringBuilder name = new StringBuilder(48);
        name.append(FIRST[(int) (code % FIRST.length)]).append(' ');
        name.append(TRADE[(int) (code / FIRST.length % TRADE.length)]);
        String suffix = SUFFIX[(int) (code / FIRST.length / TRADE.length)];
        if (!suffix.isEmpty()) {
          name.append(' ').append(suffix);
        }
        if (town > 0) {
          name.append(" of ").append(TOWNS[(int) ((town - 1) % TOWNS.length)]);
          if (town > TOWNS.length) {
            name.append(' ').append((town - 1) / TOWNS.length + 1);
          }
        }
        String value = name.toString();
        if (keys.add(ClientName.keyOf(value))) {
          names.add(value);
        }
      }
      return names;
    }
  }
}
