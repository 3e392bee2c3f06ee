package dev.parley.examples.report;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.Truce;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.party.Participant;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every record of the chronicle, in dated order, one list item each, with its figures and their
 * sources; split into pages of a fixed size that CSS shows one at a time on screen and all in
 * print.
 */
final class RecordList {
  private final Context ctx;
  private final List<ChronicleRecord> sorted;

  RecordList(Context ctx) {
    this.ctx = ctx;
    this.sorted = new ArrayList<>(ctx.chronicle.records());
    sorted.sort(
        java.util.Comparator.comparing(ChronicleRecord::recordDate)
            .thenComparing(ChronicleRecord::id));
  }

  List<ChronicleRecord> sorted() {
    return sorted;
  }

  static String anchor(int index) {
    return "rec-" + (index + 1);
  }

  int pages() {
    return (sorted.size() + ctx.options.pageSize() - 1) / ctx.options.pageSize();
  }

  void write(Html html, List<String> summaries) {
    int size = ctx.options.pageSize();
    int pages = pages();
    if (pages > 1) {
      html.element(
          "p",
          Context.count(sorted.size())
              + " records on "
              + pages
              + " pages of "
              + Context.count(size)
              + ". Pick a page; printing prints every page.",
          "class",
          "note");
      pager(html, pages, size);
    }
    html.open("div", "class", "pages");
    for (int p = 0; p < Math.max(1, pages); p++) {
      int from = p * size;
      int to = Math.min(sorted.size(), from + size);
      html.open(
          "section",
          "class",
          "page",
          "id",
          "records-p" + (p + 1),
          "aria-label",
          "Records " + (from + 1) + " to " + to);
      html.open("ol", "class", "records", "start", Integer.toString(from + 1));
      for (int i = from; i < to; i++) {
        record(html, sorted.get(i), anchor(i), summaries.get(i));
      }
      html.close("ol").close("section");
    }
    html.close("div");
  }

  private static void pager(Html html, int pages, int size) {
    html.open("nav", "class", "pager", "aria-label", "Pages of records");
    for (int p = 1; p <= pages; p++) {
      html.element(
          "a",
          Integer.toString(p),
          "href",
          "#records-p" + p,
          "title",
          "records " + Context.count((long) (p - 1) * size + 1) + " onwards");
    }
    html.close("nav");
  }

  /** The one-line summary of a record, for its list item and its timeline mark. */
  String summary(ChronicleRecord r) {
    if (r instanceof Truce t) {
      return "truce agreed by "
          + ctx.names(t.parties())
          + (t.mediators().isEmpty() ? "" : " through " + ctx.names(t.mediators()))
          + ", in force from "
          + t.start()
          + t.effectiveEnd().map(e -> " until " + e).orElse(", open-ended")
          + (t.extensions().isEmpty() ? "" : " after " + t.extensions().size() + " extension(s)");
    }
    if (r instanceof NegotiationRound n) {
      return Context.lower(n.format().name())
          + " talks in "
          + ctx.place(n.venue())
          + n.duration().map(d -> ", " + d.toHours() + " hours").orElse("")
          + ": "
          + n.delegations().stream()
              .map(d -> ctx.name(d.party()) + d.head().map(h -> " (led by " + h + ")").orElse(""))
              .collect(Collectors.joining(", "))
          + participants(n.participants());
    } else if (r instanceof Agreement a) {
      return ctx.names(a.sides())
          + " agree to release "
          + a.quotas().stream().map(this::quota).collect(Collectors.joining(" and "))
          + (a.parity() ? " (parity)" : "")
          + a.target().map(t -> ", to be carried out " + Context.date(t)).orElse("");
    } else if (r instanceof Exchange e) {
      return (e.trancheNumber().isPresent()
              ? "tranche " + e.trancheNumber().getAsInt()
              : "exchange")
          + e.agreement().map(a -> " of " + a).orElse("")
          + ", "
          + Context.lower(e.status().name())
          + ": "
          + e.directions().stream()
              .map(
                  d ->
                      ctx.name(d.releasing())
                          + " released "
                          + Context.estimate(d.released())
                          + " to "
                          + ctx.receiver(d))
              .collect(Collectors.joining("; "))
          + e.venue().map(v -> "; handover in " + ctx.place(v)).orElse("");
    } else if (r instanceof CeasefireProposal p) {
      return ctx.name(p.proposer())
          + " "
          + Context.lower(p.kind().name())
          + (p.addressees().isEmpty() ? "" : " to " + ctx.names(p.addressees()))
          + ": "
          + p.scope().domain().map(d -> Context.lower(d.name())).orElse("comprehensive")
          + " ceasefire"
          + p.duration().map(d -> " for " + d.toDays() + " days").orElse(", open-ended")
          + (p.conditions().isEmpty() ? "" : ", " + p.conditions().size() + " condition(s)");
    } else if (r instanceof TerritorialClaim c) {
      return ctx.name(c.claimant())
          + " claims: "
          + Context.lower(c.kind().name())
          + " "
          + c.subject().place().map(ctx::place).orElse(new TerritoryChart(ctx).subject(c))
          + " ("
          + Context.lower(c.means().name())
          + ")";
    } else if (r instanceof Assessment a) {
      return ctx.name(a.assessor())
          + " assesses"
          + a.place().map(p -> " " + ctx.place(p)).orElse("")
          + a.claim().map(c -> " (claim " + c + ")").orElse("")
          + ": "
          + Context.lower(a.status().name())
          + ", controller "
          + a.controller().party().map(ctx::name).orElse(a.controller().toString());
    } else if (r instanceof Incident i) {
      return i.weapon().map(w -> Context.lower(w.name()) + " strike").orElse("strike")
          + " on "
          + ctx.place(i.place())
          + " ("
          + Context.lower(i.target().name())
          + ")"
          + i.perpetrator()
              .map(p -> ", " + Context.lower(p.attribution().name()) + " to " + ctx.name(p.party()))
              .orElse("")
          + ": "
          + Context.estimate(i.killed())
          + " killed, "
          + Context.estimate(i.injured())
          + " injured";
    }
    return r.recordType().token();
  }

  private String participants(List<Participant> ps) {
    return ps.isEmpty()
        ? ""
        : "; "
            + ps.stream()
                .map(p -> Context.lower(p.role().name()) + " " + ctx.name(p.party()))
                .collect(Collectors.joining(", "));
  }

  private String quota(Quota q) {
    return ctx.quotaTerms(q) + " (" + ctx.name(q.releasing()) + ")";
  }

  /** Every statement a record carries, wherever it sits. */
  static List<Statement> statements(ChronicleRecord r) {
    List<Statement> out = new ArrayList<>();
    if (r instanceof NegotiationRound n) {
      out.addAll(n.provenance());
    } else if (r instanceof Exchange e) {
      e.directions().forEach(d -> d.figures().forEach(f -> out.addAll(f.statements())));
    } else if (r instanceof CeasefireProposal p) {
      out.addAll(p.provenance());
      p.responses().forEach(x -> out.addAll(x.provenance()));
      p.events().forEach(x -> out.addAll(x.provenance()));
    } else if (r instanceof Truce t) {
      out.addAll(t.provenance());
    } else if (r instanceof TerritorialClaim c) {
      out.addAll(c.provenance());
    } else if (r instanceof Assessment a) {
      out.addAll(a.provenance());
    } else if (r instanceof Incident i) {
      out.addAll(i.provenance());
      i.perpetrator().ifPresent(p -> out.addAll(p.sources()));
      i.casualties().revisions().forEach(v -> out.addAll(v.sources()));
    }
    return out;
  }

  private void record(Html html, ChronicleRecord r, String anchor, String summary) {
    html.open(
        "li",
        "class",
        "record",
        "id",
        anchor,
        "data-record-id",
        r.id().value(),
        "data-record-type",
        r.recordType().token(),
        "data-precision",
        Context.lower(r.recordDate().precision().name()));
    html.open("div", "class", "rec-head");
    html.element(
        "time",
        Context.date(r.recordDate()),
        "datetime",
        r.recordDate().start().toString(),
        "class",
        r.recordDate().precision() == dev.parley.time.DatePrecision.DAY ? null : "imprecise");
    html.element("span", Context.lower(r.recordType().name()), "class", "type");
    html.element("code", r.id().value());
    html.close("div");
    html.element(
        "p",
        Character.toUpperCase(summary.charAt(0)) + summary.substring(1),
        "class",
        "rec-summary");
    details(html, r);
    List<Statement> all = statements(r);
    html.open("p", "class", "rec-sources")
        .text(all.isEmpty() ? "No source given in the file." : "Sources: ");
    ctx.sources.references(html, all.stream().distinct().collect(Collectors.toList()));
    html.close("p");
    html.close("li");
  }

  private void details(Html html, ChronicleRecord r) {
    List<Runnable> items = new ArrayList<>();
    if (r instanceof Exchange e) {
      for (Direction d : e.directions()) {
        for (int k = 0; k < d.figures().size(); k++) {
          ReleaseFigure f = d.figures().get(k);
          String what =
              ctx.name(d.releasing())
                  + " to "
                  + ctx.receiver(d)
                  + ": "
                  + Context.estimate(f.total())
                  + (f.breakdown().isEmpty()
                      ? ""
                      : " ("
                          + f.breakdown().entrySet().stream()
                              .map(
                                  b ->
                                      Context.count(b.getValue())
                                          + " "
                                          + Context.lower(b.getKey().name()))
                              .collect(Collectors.joining(", "))
                          + ")")
                  + (k == 0 ? "" : ", another source's figure");
          String title =
              ctx.sources.cite(
                  f.statements(),
                  e.id() + ", " + ctx.name(d.releasing()) + " to " + ctx.receiver(d));
          items.add(
              () -> {
                html.element("span", what, "class", "figure", "title", title);
                ctx.sources.references(html, f.statements());
              });
        }
      }
    } else if (r instanceof CeasefireProposal p) {
      for (Condition c : p.conditions()) {
        items.add(() -> html.text("condition: " + condition(c)));
      }
      for (Response x : p.responses()) {
        String title =
            ctx.sources.cite(x.provenance(), p.id() + ", response of " + ctx.name(x.party()));
        items.add(
            () -> {
              html.element(
                  "span",
                  Context.date(x.date())
                      + ": "
                      + ctx.name(x.party())
                      + " "
                      + Context.lower(x.stance().name())
                      + x.counterProposal().map(id -> ", counter-proposal " + id).orElse("")
                      + x.conditions().stream()
                          .map(c -> "; " + condition(c))
                          .collect(Collectors.joining()),
                  "title",
                  title);
              ctx.sources.references(html, x.provenance());
            });
      }
      for (LifecycleEvent ev : p.events()) {
        String title =
            ctx.sources.cite(ev.provenance(), p.id() + ", " + Context.lower(ev.type().name()));
        items.add(
            () -> {
              html.element(
                  "span",
                  ev.time()
                      + ": "
                      + Context.lower(ev.type().name())
                      + ev.party().map(x -> " by " + ctx.name(x)).orElse("")
                      + ev.accused().map(x -> " against " + ctx.name(x)).orElse("")
                      + ev.note().map(n -> "; " + n).orElse(""),
                  "title",
                  title);
              ctx.sources.references(html, ev.provenance());
            });
      }
    } else if (r instanceof Incident i) {
      List<CasualtyRevision> revisions = i.casualties().revisions();
      for (int k = 0; k < revisions.size(); k++) {
        CasualtyRevision v = revisions.get(k);
        String title =
            ctx.sources.cite(v.sources(), i.id() + ", toll reported " + Context.date(v.date()));
        String label =
            (k == revisions.size() - 1 ? "current toll" : "earlier toll")
                + ", reported "
                + Context.date(v.date())
                + ": killed "
                + CasualtyChart.lbh(v.killed())
                + ", injured "
                + CasualtyChart.lbh(v.injured())
                + " (low / best / high)";
        items.add(
            () -> {
              html.element("span", label, "class", "figure", "title", title);
              ctx.sources.references(html, v.sources());
            });
      }
      i.perpetrator()
          .ifPresent(
              p -> {
                String title = ctx.sources.cite(p.sources(), i.id() + ", perpetrator");
                items.add(
                    () ->
                        html.element(
                            "span",
                            Context.lower(p.attribution().name()) + " to " + ctx.name(p.party()),
                            "title",
                            title));
              });
    } else {
      List<Statement> st = statements(r);
      if (!st.isEmpty()) {
        String title = ctx.sources.cite(st, r.id().value());
        items.add(
            () ->
                html.element(
                    "span",
                    "reported by "
                        + st.stream()
                            .map(
                                s ->
                                    ctx.describe(s.source())
                                        + " ("
                                        + Context.lower(s.stance().name())
                                        + ")")
                            .collect(Collectors.joining("; ")),
                    "title",
                    title));
      }
    }
    if (items.isEmpty()) {
      return;
    }
    html.open("ul", "class", "rec-details");
    for (Runnable item : items) {
      html.open("li");
      item.run();
      html.close("li");
    }
    html.close("ul");
  }

  private String condition(Condition c) {
    return Context.lower(c.type().name())
        + " ("
        + Context.lower(c.timing().name())
        + ", demanded by "
        + ctx.name(c.demandedBy())
        + "): "
        + c.text();
  }
}
