// Benchmark book generator (not part of mrrlens): writes a canonical book (the columns of
// docs/formats.md) of the size issue 12 measures: 1,000 clients x 60 months give 1.21 million
// time entries, 482,000 tickets and 63,000 invoices (169 MB: the 144 MB book had the same
// rows with fewer or shorter columns); 3,000 clients about three times that (479 MB).
// Deterministic: the same arguments always write the same bytes.
//
// Usage: java -cp target/bench/classes BookGenerator OUT CLIENTS [MONTHS] [SEED]
//        (or java bench/BookGenerator.java ...; bench/vs-duckdb compiles and runs it)
//
// Unlike `mrrlens sample`, which models an MSP's history in detail, this writes rows fast and in
// volume, with what each analysis command needs: managed, hybrid, break-fix, project-only and
// churned clients; agreements with fee changes; reactive tickets and proactive ones (maintenance,
// projects); billable and non-billable hours; recurring, time-and-materials and project invoices
// and credit memos; invoices paid early, on time, late and very late, partly paid, paid with an
// unknown date, and never paid; payments.csv for every payment.
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

public final class BookGenerator {
  private static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
  private static final double[] SEASON = {
    1.2, 1.05, 1.0, 0.95, 0.95, 0.9, 0.85, 0.75, 1.2, 1.05, 0.95, 0.8
  };
  private static final String[] FIRST = {
    "Harbor",
    "Maple",
    "Cedar",
    "Summit",
    "Pinnacle",
    "Keystone",
    "Riverside",
    "Lakeside",
    "Granite",
    "Silver",
    "Northwind",
    "Evergreen",
    "Oakwood",
    "Westbrook",
    "Coastal",
    "Ironwood",
    "Redwood",
    "Juniper",
    "Meadow",
    "Sterling",
    "Beacon",
    "Falcon",
    "Willow",
    "Copper",
    "Atlas",
    "Horizon",
    "Liberty",
    "Union",
    "Heritage",
    "Crescent",
    "Zürich",
    "Café"
  };
  private static final String[] SECOND = {
    "Dental",
    "Pediatrics",
    "Law",
    "Engineering",
    "Logistics",
    "Realty",
    "Accounting",
    "Construction",
    "Pharmacy",
    "Insurance",
    "Veterinary",
    "Architects",
    "Surveying",
    "Brewing",
    "Orthodontics",
    "Marketing",
    "Freight",
    "Solar",
    "Catering",
    "Fitness",
    "Travel",
    "Optometry",
    "Landscaping",
    "Therapy",
    "Clinic",
    "Plumbing",
    "Electric",
    "Furniture",
    "Bakery",
    "Staffing"
  };
  private static final String[] SUFFIX = {
    "Group",
    "LLC",
    "Inc.",
    "& Co.",
    "Partners",
    "Associates",
    "Ltd",
    "\"Pro\" Services",
    "Holdings, LLP",
    "Services"
  };
  private static final String[] TECHNICIANS = {
    "Alex Morgan", "Priya Patel", "Marcus Johnson", "Sofia Ramirez", "Daniel Kim", "Emily Carter",
    "Jamal Wright", "Hannah Schmidt", "Luis Ortega", "Grace O'Neill", "Tom Becker", "Aisha Bello"
  };
  private static final String[] INCIDENTS = {
    "Printer offline",
    "Outlook keeps asking for password",
    "VPN drops every few minutes",
    "Cannot open shared drive",
    "Laptop will not boot",
    "Email bouncing, \"mailbox full\"",
    "Slow PC, fans loud",
    "Wi-Fi down in conference room",
    "Phone system: no dial tone",
    "Scanner to email fails",
    "QuickBooks won't open company file",
    "Locked out of account"
  };
  private static final String[] REQUESTS = {
    "New user setup",
    "Remove departed user",
    "Install Adobe Acrobat",
    "Add shared mailbox",
    "Order replacement monitor",
    "Set up new laptop",
    "Reset MFA device"
  };
  private static final String[] ALERTS = {
    "Backup job failed",
    "Disk space low on C:",
    "CPU above 95% for 15 minutes",
    "Server offline",
    "AV threat quarantined"
  };
  private static final String[] MAINTENANCE = {
    "Monthly patching", "Firmware updates", "Quarterly business review", "Backup restore test"
  };
  private static final String[] PROJECTS = {
    "Server migration",
    "Office 365 migration",
    "Firewall replacement",
    "New office network",
    "Workstation refresh",
    "Wi-Fi upgrade"
  };
  private static final int[] RATES = {125, 135, 140, 150, 160, 175};

  private enum Archetype {
    MANAGED,
    HYBRID,
    BREAK_FIX,
    CONVERTED,
    PROJECT_ONLY,
    CHURNED
  }

  private enum Payer {
    AUTOPAY,
    PROMPT,
    SLOW,
    VERY_LATE
  }

  private final int months;
  private final YearMonth firstMonth;
  private final LocalDate exportDay = LAST_MONTH.atEndOfMonth();
  private final Writer tickets;
  private final Writer time;
  private final Writer invoices;
  private final Writer payments;
  private final Writer clients;
  private final Writer agreements;
  private final StringBuilder line = new StringBuilder(256);
  private long ticketNumber;
  private long entryNumber;
  private long invoiceNumber;

  private BookGenerator(Path out, int months) throws IOException {
    this.months = months;
    this.firstMonth = LAST_MONTH.minusMonths(months - 1L);
    Files.createDirectories(out);
    tickets =
        open(out, "tickets.csv", "ticket_id,client,opened,closed,priority,type,source,summary");
    time =
        open(
            out,
            "time.csv",
            "entry_id,client,ticket_id,technician,date,hours,billable,work_type,charge_to,rate");
    invoices =
        open(out, "invoices.csv", "invoice_id,client,issued,due,amount,paid,balance,description");
    payments = open(out, "payments.csv", "invoice_id,date,amount");
    clients = open(out, "clients.csv", "client,endpoints,users,since");
    agreements = open(out, "agreements.csv", "client,name,type,start,end,monthly_fee");
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BookGenerator OUT CLIENTS [MONTHS] [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int clientCount = Integer.parseInt(args[1]);
    int months = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 7L;
    if (clientCount < 1 || clientCount > FIRST.length * SECOND.length * SUFFIX.length) {
      throw new IllegalArgumentException(
          "clients: 1 to " + FIRST.length * SECOND.length * SUFFIX.length);
    }
    if (months < 6 || months > 240) {
      throw new IllegalArgumentException("months: 6 to 240");
    }
    BookGenerator generator = new BookGenerator(out, months);
    SplittableRandom root = new SplittableRandom(seed);
    for (int c = 0; c < clientCount; c++) {
      generator.client(c, root.split());
    }
    generator.close();
    System.out.printf(
        "%s: %d clients x %d months: %,d tickets, %,d time entries, %,d invoices%n",
        out,
        clientCount,
        months,
        generator.ticketNumber,
        generator.entryNumber,
        generator.invoiceNumber);
  }

  /** One client's whole history, written row by row. */
  private void client(int index, SplittableRandom rng) throws IOException {
    // Distinct names: the three word lists are walked like the digits of a number.
    String name =
        FIRST[index % FIRST.length]
            + " "
            + SECOND[(index / FIRST.length) % SECOND.length]
            + " "
            + SUFFIX[(index / (FIRST.length * SECOND.length)) % SUFFIX.length];
    double a = rng.nextDouble();
    Archetype archetype =
        a < 0.36
            ? Archetype.MANAGED
            : a < 0.50
                ? Archetype.HYBRID
                : a < 0.76
                    ? Archetype.BREAK_FIX
                    : a < 0.82
                        ? Archetype.CONVERTED
                        : a < 0.94 ? Archetype.PROJECT_ONLY : Archetype.CHURNED;
    double p = rng.nextDouble();
    Payer payer =
        p < 0.10
            ? Payer.AUTOPAY
            : p < 0.55 ? Payer.PROMPT : p < 0.92 ? Payer.SLOW : Payer.VERY_LATE;
    int start = rng.nextDouble() < 0.7 ? 0 : rng.nextInt(Math.max(1, months * 2 / 3));
    int stop = months;
    if (archetype == Archetype.CHURNED) {
      stop = Math.min(months, start + 6 + rng.nextInt(Math.max(1, months - start - 6)));
    } else if (archetype == Archetype.BREAK_FIX && rng.nextDouble() < 0.08) {
      stop = Math.min(months, start + 3 + rng.nextInt(Math.max(1, months - start)));
    }
    // Months [coverFrom, stop) are under a managed agreement.
    int coverFrom =
        switch (archetype) {
          case MANAGED, HYBRID, CHURNED -> start;
          case CONVERTED ->
              start + (stop - start) / 3 + rng.nextInt(Math.max(1, (stop - start) / 3));
          default -> Integer.MAX_VALUE;
        };
    int endpoints = 6 + (int) Math.round(Math.exp(rng.nextDouble() * 2.6) * 6);
    int users = Math.max(1, endpoints * (60 + rng.nextInt(60)) / 100);
    double reactivity = 0.13 + rng.nextDouble() * 0.28;
    int rate = RATES[rng.nextInt(RATES.length)];
    int terms = rng.nextDouble() < 0.2 ? 15 : 30;
    long feePerEndpoint = 6000 + rng.nextInt(6000);
    int tech = rng.nextInt(TECHNICIANS.length);
    // A slow payer's usual days late, from a few (grade B) to two months (grade D or F).
    int lateness = 4 + rng.nextInt(70);
    String quoted = csv(name);

    LocalDate since = firstMonth.plusMonths(start).atDay(1).minusDays(rng.nextInt(400));
    line.setLength(0);
    line.append(quoted).append(',');
    if (rng.nextDouble() >= 0.08) {
      line.append(endpoints);
    }
    line.append(',').append(users).append(',').append(since).append('\n');
    clients.append(line);

    long fee = roundCents(endpoints * feePerEndpoint, 500);
    int feeSince = coverFrom;
    long[] tmCents = new long[months];
    long[] projectCents = new long[months];
    String[] projectName = new String[months];
    int projectLeft = 0;
    String project = null;
    for (int m = start; m < stop; m++) {
      YearMonth month = firstMonth.plusMonths(m);
      boolean covered = m >= coverFrom;
      if (covered && m > coverFrom && (m - feeSince) % 24 == 0) {
        // A fee change: one agreement ends, the next starts at 5% more.
        agreement(quoted, feeSince, m, fee);
        fee = roundCents(fee * 105 / 100, 500);
        feeSince = m;
      }
      if (project == null
          && rng.nextDouble() < (archetype == Archetype.PROJECT_ONLY ? 0.3 : 0.06)) {
        project = PROJECTS[rng.nextInt(PROJECTS.length)];
        projectLeft = 1 + rng.nextInt(4);
      }
      boolean hybridTm = archetype == Archetype.HYBRID;
      double base =
          archetype == Archetype.PROJECT_ONLY
              ? 1.5
              : endpoints * reactivity * SEASON[month.getMonthValue() - 1];
      int count = poisson(rng, base) + (project != null ? 2 + rng.nextInt(4) : 0);
      int days = month.lengthOfMonth();
      for (int t = 0; t < count; t++) {
        LocalDate day = month.atDay(1 + rng.nextInt(days));
        String type;
        String summary;
        String source;
        double r = rng.nextDouble();
        if (project != null && t >= count - 5 && r < 0.8) {
          type = "project";
          summary = project + ": " + (r < 0.3 ? "planning" : r < 0.6 ? "cutover" : "follow-up");
          source = "portal";
        } else if (covered && r < 0.08) {
          type = "maintenance";
          summary = MAINTENANCE[rng.nextInt(MAINTENANCE.length)];
          source = "scheduled";
        } else if (r < 0.25) {
          type = "alert";
          summary = ALERTS[rng.nextInt(ALERTS.length)];
          source = "monitoring";
        } else if (r < 0.45) {
          type = "service request";
          summary = REQUESTS[rng.nextInt(REQUESTS.length)];
          source = rng.nextBoolean() ? "email" : "portal";
        } else {
          type = "incident";
          summary = INCIDENTS[rng.nextInt(INCIDENTS.length)];
          source = rng.nextBoolean() ? "phone" : "email";
        }
        int openMinute = 7 * 60 + rng.nextInt(11 * 60);
        int spanDays =
            type.equals("project") ? rng.nextInt(20) : rng.nextInt(4) == 0 ? rng.nextInt(6) : 0;
        LocalDate closedDay = day.plusDays(spanDays);
        boolean open = closedDay.isAfter(exportDay) || rng.nextDouble() < 0.004;
        String id = String.format("T-%07d", ++ticketNumber);
        line.setLength(0);
        line.append(id).append(',').append(quoted).append(',');
        dateTime(day, openMinute).append(',');
        if (!open) {
          int closeMinute =
              spanDays == 0 ? openMinute + 15 + rng.nextInt(300) : 8 * 60 + rng.nextInt(600);
          dateTime(closedDay, Math.min(closeMinute, 23 * 60 + 59));
        }
        String priority =
            type.equals("alert")
                ? "P2"
                : type.equals("incident") ? (rng.nextInt(5) == 0 ? "P1" : "P3") : "P4";
        line.append(',').append(priority).append(',').append(type).append(',').append(source);
        line.append(',').append(csv(summary)).append('\n');
        tickets.append(line);

        // Time entries: one more than a Poisson draw of 1.5, on the ticket's days.
        int entries = 1 + poisson(rng, 1.5);
        boolean projectWork = type.equals("project");
        for (int e = 0; e < entries; e++) {
          LocalDate date = day.plusDays(spanDays == 0 ? 0 : rng.nextInt(spanDays + 1));
          if (date.isAfter(exportDay)) {
            date = exportDay;
          }
          int quarters =
              projectWork
                  ? 4 + rng.nextInt(20)
                  : type.equals("alert") ? 1 + rng.nextInt(2) : 1 + rng.nextInt(rng.nextInt(8) + 1);
          boolean billable;
          if (projectWork) {
            billable = true;
          } else if (covered && !(hybridTm && !type.equals("alert") && rng.nextDouble() < 0.8)) {
            billable = false;
          } else {
            billable = rng.nextDouble() < 0.97;
          }
          String workType =
              projectWork
                  ? "project"
                  : type.equals("maintenance")
                      ? "maintenance"
                      : rng.nextInt(6) == 0 ? "onsite" : "remote";
          int who = rng.nextInt(4) == 0 ? rng.nextInt(TECHNICIANS.length) : tech;
          line.setLength(0);
          line.append(String.format("E-%07d", ++entryNumber)).append(',').append(quoted);
          line.append(',').append(id).append(',').append(csv(TECHNICIANS[who])).append(',');
          line.append(date).append(',');
          hours(quarters).append(',').append(billable).append(',').append(workType);
          // Only project work names what it is charged to; the rest says it by being billable.
          line.append(',').append(projectWork ? "project" : "").append(',');
          if (billable) {
            line.append(rate);
            int billMonth =
                (int)
                    (YearMonth.from(date).getYear() * 12L
                        + YearMonth.from(date).getMonthValue()
                        - 1
                        - (firstMonth.getYear() * 12L + firstMonth.getMonthValue() - 1));
            long cents = (long) quarters * rate * 25;
            if (projectWork) {
              projectCents[billMonth] += cents;
              projectName[billMonth] = project;
            } else {
              tmCents[billMonth] += cents;
            }
          }
          line.append('\n');
          time.append(line);
        }
      }
      if (project != null && --projectLeft <= 0) {
        project = null;
      }
    }
    if (coverFrom < stop) {
      agreement(quoted, feeSince, stop == months ? -1 : stop, fee);
    }

    // Invoices, month by month: the fee on the 1st, labor on the last day, now and then a credit.
    fee = roundCents(endpoints * feePerEndpoint, 500);
    feeSince = coverFrom;
    // Labor is billed through the last month: a churned client's last hours are billed too.
    for (int m = start; m < months; m++) {
      YearMonth month = firstMonth.plusMonths(m);
      String label =
          month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear();
      if (m >= coverFrom && m < stop) {
        if (m > coverFrom && (m - feeSince) % 24 == 0) {
          fee = roundCents(fee * 105 / 100, 500);
          feeSince = m;
        }
        invoice(
            rng,
            quoted,
            month.atDay(1),
            terms,
            fee,
            "Managed services agreement - " + label,
            payer,
            lateness);
      }
      // One labor invoice a month, named after what most of it is.
      long labor = tmCents[m] + projectCents[m];
      if (labor > 0) {
        String what =
            projectCents[m] > tmCents[m]
                ? "Project: " + projectName[m] + " - "
                : "Time and materials - ";
        invoice(rng, quoted, month.atEndOfMonth(), terms, labor, what + label, payer, lateness);
      }
      if (m < stop && rng.nextDouble() < 0.005) {
        line.setLength(0);
        line.append("INV-").append(100000 + ++invoiceNumber).append(',').append(quoted).append(',');
        LocalDate issued = month.atDay(15);
        line.append(issued).append(',').append(issued.plusDays(terms)).append(',');
        money(-roundCents(5000 + rng.nextInt(45000), 100))
            .append(",,0.00,Credit: service outage\n");
        invoices.append(line);
      }
    }
  }

  private void agreement(String quoted, int from, int to, long fee) throws IOException {
    line.setLength(0);
    line.append(quoted).append(",Managed IT Support Plan,managed,");
    line.append(firstMonth.plusMonths(from).atDay(1)).append(',');
    if (to >= 0) {
      line.append(firstMonth.plusMonths(to - 1L).atEndOfMonth());
    }
    line.append(',');
    money(fee).append('\n');
    agreements.append(line);
  }

  /** An invoice and its payments: when the client pays depends on its habit. */
  private void invoice(
      SplittableRandom rng,
      String quoted,
      LocalDate issued,
      int terms,
      long cents,
      String description,
      Payer payer,
      int lateness)
      throws IOException {
    LocalDate due = issued.plusDays(terms);
    String id = "INV-" + (100000 + ++invoiceNumber);
    double r = rng.nextDouble();
    long delay =
        switch (payer) {
          case AUTOPAY -> 1 + rng.nextInt(3);
          case PROMPT -> r < 0.85 ? 3 + rng.nextInt(terms - 2) : terms + 1 + rng.nextInt(10);
          case SLOW -> terms + lateness / 2 + rng.nextInt(lateness + 1);
          case VERY_LATE -> r < 0.06 ? 100_000 : terms + 30 + rng.nextInt(150);
        };
    LocalDate payDay = issued.plusDays(delay);
    boolean partial = rng.nextDouble() < 0.06 && delay > 4;
    boolean dateUnknown = rng.nextDouble() < 0.003;
    String paid = "";
    long balance;
    if (dateUnknown && !payDay.isAfter(exportDay)) {
      balance = 0;
    } else {
      long first = 0;
      if (partial) {
        first = cents * (40 + rng.nextInt(21)) / 100;
        LocalDate firstDay = issued.plusDays(delay / 2);
        if (!firstDay.isAfter(exportDay)) {
          payment(id, firstDay, first);
        } else {
          first = 0;
        }
      }
      if (payDay.isAfter(exportDay)) {
        balance = cents - first;
      } else {
        payment(id, payDay, cents - first);
        paid = payDay.toString();
        balance = 0;
      }
    }
    line.setLength(0);
    line.append(id).append(',').append(quoted).append(',').append(issued).append(',').append(due);
    line.append(',');
    money(cents).append(',').append(paid).append(',');
    money(balance).append(',').append(description).append('\n');
    invoices.append(line);
  }

  private void payment(String id, LocalDate day, long cents) throws IOException {
    line.setLength(0);
    line.append(id).append(',').append(day).append(',');
    money(cents).append('\n');
    payments.append(line);
  }

  private static int poisson(SplittableRandom rng, double mean) {
    if (mean > 30) {
      return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      k++;
    }
    return k;
  }

  private static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  private static long roundCents(long cents, long step) {
    return Math.max(step, (cents + step / 2) / step * step);
  }

  private StringBuilder money(long cents) {
    if (cents < 0) {
      line.append('-');
      cents = -cents;
    }
    line.append(cents / 100).append('.');
    long rest = cents % 100;
    return line.append(rest < 10 ? "0" : "").append(rest);
  }

  private StringBuilder hours(int quarters) {
    line.append(quarters / 4);
    return switch (quarters % 4) {
      case 1 -> line.append(".25");
      case 2 -> line.append(".5");
      case 3 -> line.append(".75");
      default -> line;
    };
  }

  private StringBuilder dateTime(LocalDate day, int minute) {
    line.append(day).append(' ');
    int h = minute / 60;
    int m = minute % 60;
    return line.append(h < 10 ? "0" : "").append(h).append(':').append(m < 10 ? "0" : "").append(m);
  }

  private static String csv(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static Writer open(Path out, String file, String header) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(out.resolve(file), StandardCharsets.UTF_8);
    writer.write(header);
    writer.write('\n');
    return new BufferedWriter(writer, 1 << 20);
  }

  private void close() throws IOException {
    for (Writer writer : List.of(tickets, time, invoices, payments, clients, agreements)) {
      writer.close();
    }
  }
}
