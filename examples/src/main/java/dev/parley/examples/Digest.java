package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.Truce;
import dev.parley.chronicle.CasualtySummary;
import dev.parley.chronicle.Chronicle;
import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.QuotaProgress;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.incident.Incident;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import dev.parley.validation.ValidationReport;
import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints a readable digest of any chronicle: the story in dated order with each record's details,
 * sources and CAMEO/PLOVER codes, then the findings, then the answers to the domain's questions as
 * of an instant (fulfilment, ceasefire status, control claims, casualties).
 *
 * <pre>{@code
 * Digest.print(SeedStory.chronicle(), ZonedDateTime.now(ZoneId.of("Europe/Kyiv")), System.out);
 * }</pre>
 */
public final class Digest {
  private final Chronicle chronicle;
  private final ZonedDateTime asOf;
  private final PrintStream out;

  private Digest(Chronicle chronicle, ZonedDateTime asOf, PrintStream out) {
    this.chronicle = chronicle;
    this.asOf = asOf;
    this.out = out;
  }

  /**
   * Prints the digest.
   *
   * @param chronicle the chronicle
   * @param asOf the instant the questions are asked at
   * @param out where to print
   */
  public static void print(Chronicle chronicle, ZonedDateTime asOf, PrintStream out) {
    new Digest(
            requireNonNull(chronicle, "chronicle"),
            requireNonNull(asOf, "asOf"),
            requireNonNull(out, "out"))
        .print();
  }

  private void print() {
    out.printf(
        "%d parties, %d places, %d records%n",
        chronicle.parties().size(), chronicle.places().size(), chronicle.records().size());
    out.println();
    out.println("The story, in dated order");
    chronicle.records().stream()
        .sorted(
            Comparator.comparing(ChronicleRecord::recordDate).thenComparing(ChronicleRecord::id))
        .forEach(this::record);
    out.println();
    findings(chronicle.validate());
    out.println();
    out.println("As of " + asOf);
    for (Agreement a : chronicle.records(Agreement.class)) {
      fulfilment(a);
    }
    for (CeasefireProposal p : chronicle.records(CeasefireProposal.class)) {
      out.printf(
          "  %s: %s%n",
          p.id(),
          chronicle
              .ceasefires()
              .status(p.id(), asOf)
              .map(s -> lower(s.name()))
              .orElse("not yet proposed"));
      if (!p.unansweredAddressees(asOf).isEmpty()) {
        out.printf("    not answered by %s%n", names(p.unansweredAddressees(asOf)));
      }
    }
    for (TerritorialClaim c : chronicle.records(TerritorialClaim.class)) {
      out.printf(
          "  %s: %s%n",
          c.id(), lower(chronicle.territory().claimStatus(c.id(), asOf.toLocalDate()).name()));
    }
    ReportedDate month = ReportedDate.ofMonth(java.time.YearMonth.from(asOf));
    List<Incident> incidents = chronicle.records(Incident.class);
    if (!incidents.isEmpty()) {
      ReportedDate span =
          ReportedDate.between(
              incidents.stream()
                  .map(i -> i.date().start())
                  .min(Comparator.naturalOrder())
                  .orElseThrow(),
              incidents.stream()
                  .map(i -> i.date().end())
                  .max(Comparator.naturalOrder())
                  .orElseThrow());
      CasualtySummary all = chronicle.incidents().casualties(span);
      out.printf(
          "  casualties %s: killed %s, injured %s in %d incident(s)%n",
          span, all.killed(), all.injured(), all.incidents().size());
    } else {
      out.printf("  casualties %s: none recorded%n", month);
    }
  }

  private void record(ChronicleRecord r) {
    out.printf("  %-22s %-17s %s%n", r.recordDate(), r.recordType().token(), r.id());
    if (r instanceof Truce t) {
      out.printf(
          "      agreed by %s%s; in force from %s%s%n",
          t.parties().stream().map(this::name).collect(Collectors.joining(" and ")),
          t.mediators().isEmpty()
              ? ""
              : " through "
                  + t.mediators().stream().map(this::name).collect(Collectors.joining(", ")),
          t.start(),
          t.effectiveEnd().map(e -> " until " + e).orElse(", open-ended"));
    } else if (r instanceof NegotiationRound n) {
      out.printf(
          "      %s talks at %s%s%s%n",
          lower(n.format().name()),
          place(n.venue()),
          n.duration().map(d -> ", " + d.toHours() + " hours").orElse(""),
          n.note().map(t -> "; " + t).orElse(""));
      for (Delegation d : n.delegations()) {
        out.printf(
            "      delegation of %s%s%n",
            name(d.party()), d.head().map(h -> " led by " + h).orElse(""));
      }
      n.participants()
          .forEach(p -> out.printf("      %s: %s%n", lower(p.role().name()), name(p.party())));
    } else if (r instanceof Agreement a) {
      out.printf(
          "      %s%s, agreed %s%n",
          a.quotas().stream().map(Object::toString).collect(Collectors.joining(" and ")),
          a.parity() ? " (parity)" : "",
          a.agreed());
      a.target().ifPresent(t -> out.printf("      to be carried out %s%n", t));
    } else if (r instanceof Exchange e) {
      out.printf(
          "      %s%s%s%n",
          lower(e.status().name()),
          e.trancheNumber().isPresent() ? ", tranche " + e.trancheNumber().getAsInt() : "",
          e.venue().map(v -> ", handover in " + place(v)).orElse(""));
      for (Direction d : e.directions()) {
        out.printf("      %s released to %s:%n", name(d.releasing()), receiver(d));
        for (ReleaseFigure f : d.figures()) {
          out.printf(
              "        %s%s%n",
              f.total(),
              f.breakdown().isEmpty()
                  ? ""
                  : " "
                      + f.breakdown().entrySet().stream()
                          .map(en -> en.getValue() + " " + lower(en.getKey().name()))
                          .collect(Collectors.joining(", ", "(", ")")));
          for (Statement s : f.statements()) {
            out.printf("          %s %s%n", lower(s.stance().name()), source(s.source()));
          }
        }
      }
      e.participants()
          .forEach(p -> out.printf("      %s: %s%n", lower(p.role().name()), name(p.party())));
    } else if (r instanceof CeasefireProposal p) {
      out.printf(
          "      %s by %s to %s: %s%s%n",
          lower(p.kind().name()),
          name(p.proposer()),
          names(p.addressees()),
          p.scope().domain().map(d -> lower(d.name())).orElse("comprehensive"),
          p.duration().map(d -> ", " + d.toDays() + " days").orElse(", open-ended"));
      p.conditions().forEach(c -> out.printf("      condition: %s%n", condition(c)));
      for (Response resp : p.responses()) {
        out.printf(
            "      %s: %s %s%s%n",
            resp.date(),
            name(resp.party()),
            lower(resp.stance().name()),
            resp.counterProposal().map(id -> " -> " + id).orElse(""));
        resp.conditions().forEach(c -> out.printf("        condition: %s%n", condition(c)));
      }
    } else if (r instanceof TerritorialClaim c) {
      out.printf(
          "      %s claims %s %s (%s)%n",
          name(c.claimant()),
          lower(c.kind().name()),
          c.subject().place().map(this::place).orElse(c.subject().toString()),
          lower(c.means().name()));
      c.provenance()
          .forEach(
              s -> out.printf("        %s %s%n", lower(s.stance().name()), source(s.source())));
    } else if (r instanceof Assessment a) {
      out.printf(
          "      %s assesses %s: controller %s%n",
          name(a.assessor()), lower(a.status().name()), a.controller());
    } else if (r instanceof Incident i) {
      out.printf(
          "      %s strike on %s%s: killed %s, injured %s%n",
          i.weapon().map(w -> lower(w.name())).orElse("unknown weapon"),
          place(i.place()),
          " (" + lower(i.target().name()) + ")",
          i.killed(),
          i.injured());
      i.perpetrator()
          .ifPresent(
              p ->
                  out.printf("        %s to %s%n", lower(p.attribution().name()), name(p.party())));
    }
    List<EventCode> codes = Crosswalk.codes(r);
    if (!codes.isEmpty()) {
      out.printf(
          "      codes: %s%n",
          codes.stream().map(EventCode::toString).collect(Collectors.joining("; ")));
    }
  }

  private void fulfilment(Agreement a) {
    Fulfilment f = chronicle.exchanges().fulfilment(a.id(), asOf.toLocalDate()).orElseThrow();
    out.printf("  %s: %d tranche(s) counted%n", a.id(), f.tranches().size());
    for (QuotaProgress q : f.quotas()) {
      out.printf(
          "    %s: released %s%s%n",
          q.quota(),
          q.released(),
          q.remaining().isPresent() ? ", remaining " + q.remaining().getAsLong() : "");
    }
  }

  private void findings(ValidationReport report) {
    out.printf(
        "Findings: %d error(s), %d warning(s)%n", report.errors().size(), report.warnings().size());
    for (Finding f : report.findings()) {
      out.println("  " + f);
    }
  }

  private String condition(Condition c) {
    return lower(c.type().name())
        + " ("
        + lower(c.timing().name())
        + ", demanded by "
        + name(c.demandedBy())
        + "): "
        + c.text();
  }

  private String source(Source s) {
    StringBuilder b = new StringBuilder();
    s.speaker().ifPresent(p -> b.append(name(p)));
    s.organ().ifPresent(o -> b.append(b.length() == 0 ? "" : ", ").append(o));
    s.outlet().ifPresent(o -> b.append(b.length() == 0 ? "" : " in ").append(o));
    s.published().ifPresent(d -> b.append(" on ").append(d));
    return b.toString();
  }

  private String name(PartyId id) {
    return chronicle.party(id).map(Party::name).orElse(id.value());
  }

  private String receiver(Direction d) {
    return d.receiving()
        .map(this::name)
        .orElseGet(() -> "the population of " + d.releasedInto().map(this::place).orElse("?"));
  }

  private String names(java.util.Collection<PartyId> ids) {
    return ids.stream().map(this::name).collect(Collectors.joining(", "));
  }

  private String place(PlaceId id) {
    return chronicle
        .place(id)
        .map(p -> p.name() + p.region().map(r -> " (" + r + ")").orElse(""))
        .orElse(id.value());
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
