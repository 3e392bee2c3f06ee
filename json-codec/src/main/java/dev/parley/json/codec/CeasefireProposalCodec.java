package dev.parley.json.codec;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.record.RecordType;
import java.io.IOException;

/**
 * Record type {@code ceasefireProposal}: {@code {"type": "ceasefireProposal", "id":
 * "ceasefire:2025-05-ua-30-day", "kind": "proposal", "proposer": "ua", "addressees": ["ru"],
 * "date": "2025-05-10", "scope": {"kind": "comprehensive"}, "duration": "PT720H", "responses":
 * [...], "coProposers": ["us"], "venue": "sa:jeddah", "occasion": "Orthodox Easter", "answers":
 * "...", "mirrors": "...", "alternatives": [{"conditions": [...]}, ...], "durationUpTo": "PT72H",
 * "durationUnknown": true, "exchangeAgreements": ["agreement:..."], ...}}. Lists are left out when
 * empty, {@code durationUnknown} when false.
 */
final class CeasefireProposalCodec extends RecordCodec<CeasefireProposal> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "id",
          "kind",
          "proposer",
          "addressees?",
          "date",
          "scope",
          "duration?",
          "proposedStart?",
          "extensionTerms?",
          "conditions?",
          "participants?",
          "negotiationRound?",
          "responses?",
          "events?",
          "provenance?",
          "coProposers?",
          "venue?",
          "occasion?",
          "answers?",
          "mirrors?",
          "alternatives?",
          "durationUpTo?",
          "durationUnknown?",
          "exchangeAgreements?");

  CeasefireProposalCodec() {
    super(RecordType.CEASEFIRE_PROPOSAL.token(), CeasefireProposal.class, FIELDS);
  }

  @Override
  protected void writeFields(CeasefireProposal value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeFieldName("kind");
    Vocabulary.PROPOSAL_KIND.write(value.kind(), g);
    g.writeStringField("proposer", value.proposer().value());
    Elements.write(g, "addressees", value.addressees(), Vocabulary.PARTY_ID);
    g.writeFieldName("date");
    Vocabulary.REPORTED_DATE.write(value.date(), g);
    g.writeFieldName("scope");
    Vocabulary.SCOPE.write(value.scope(), g);
    var durationValue = value.duration();
    if (durationValue.isPresent()) {
      g.writeFieldName("duration");
      Vocabulary.DURATION.write(durationValue.get(), g);
    }
    var proposedStartValue = value.proposedStart();
    if (proposedStartValue.isPresent()) {
      g.writeFieldName("proposedStart");
      Vocabulary.TIME_POINT.write(proposedStartValue.get(), g);
    }
    var extensionTermsValue = value.extensionTerms();
    if (extensionTermsValue.isPresent()) {
      g.writeStringField("extensionTerms", extensionTermsValue.get());
    }
    Elements.write(g, "conditions", value.conditions(), Vocabulary.CONDITION);
    Elements.write(g, "participants", value.participants(), Vocabulary.PARTICIPANT);
    var negotiationRoundValue = value.negotiationRound();
    if (negotiationRoundValue.isPresent()) {
      g.writeStringField("negotiationRound", negotiationRoundValue.get().value());
    }
    Elements.write(g, "responses", value.responses(), Vocabulary.RESPONSE);
    Elements.write(g, "events", value.events(), Vocabulary.LIFECYCLE_EVENT);
    Elements.write(g, "provenance", value.provenance(), Vocabulary.STATEMENT);
    Elements.write(g, "coProposers", value.coProposers(), Vocabulary.PARTY_ID);
    var venueValue = value.venue();
    if (venueValue.isPresent()) {
      g.writeStringField("venue", venueValue.get().value());
    }
    var occasionValue = value.occasion();
    if (occasionValue.isPresent()) {
      g.writeStringField("occasion", occasionValue.get());
    }
    var answersValue = value.answers();
    if (answersValue.isPresent()) {
      g.writeStringField("answers", answersValue.get().value());
    }
    var mirrorsValue = value.mirrors();
    if (mirrorsValue.isPresent()) {
      g.writeStringField("mirrors", mirrorsValue.get().value());
    }
    Elements.write(g, "alternatives", value.alternatives(), Vocabulary.CONDITION_GROUP);
    var durationUpToValue = value.durationUpTo();
    if (durationUpToValue.isPresent()) {
      g.writeFieldName("durationUpTo");
      Vocabulary.DURATION.write(durationUpToValue.get(), g);
    }
    if (value.durationUnknown()) {
      g.writeBooleanField("durationUnknown", true);
    }
    Elements.write(g, "exchangeAgreements", value.exchangeAgreements(), Vocabulary.RECORD_ID);
  }

  @Override
  protected CeasefireProposal readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    CeasefireProposal.Builder b = CeasefireProposal.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.kind(Vocabulary.PROPOSAL_KIND.read(p, ctx));
          break;
        case 2:
          b.proposer(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 3:
          b.addAllAddressees(Elements.readSet(p, ctx, Vocabulary.PARTY_ID));
          break;
        case 4:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 5:
          b.scope(Vocabulary.SCOPE.read(p, ctx));
          break;
        case 6:
          b.duration(Vocabulary.DURATION.read(p, ctx));
          break;
        case 7:
          b.proposedStart(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case 8:
          b.extensionTerms(ctx.string(p));
          break;
        case 9:
          b.addAllConditions(ctx.list(p, Vocabulary.CONDITION));
          break;
        case 10:
          b.addAllParticipants(ctx.list(p, Vocabulary.PARTICIPANT));
          break;
        case 11:
          b.negotiationRound(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 12:
          b.addAllResponses(ctx.list(p, Vocabulary.RESPONSE));
          break;
        case 13:
          b.addAllEvents(ctx.list(p, Vocabulary.LIFECYCLE_EVENT));
          break;
        case 14:
          b.addAllProvenance(ctx.list(p, Vocabulary.STATEMENT));
          break;
        case 15:
          b.addAllCoProposers(Elements.readSet(p, ctx, Vocabulary.PARTY_ID));
          break;
        case 16:
          b.venue(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 17:
          b.occasion(ctx.string(p));
          break;
        case 18:
          b.answers(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 19:
          b.mirrors(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 20:
          b.addAllAlternatives(ctx.list(p, Vocabulary.CONDITION_GROUP));
          break;
        case 21:
          b.durationUpTo(Vocabulary.DURATION.read(p, ctx));
          break;
        case 22:
          b.durationUnknown(Elements.booleanValue(p, ctx));
          break;
        default:
          b.exchangeAgreements(ctx.list(p, Vocabulary.RECORD_ID));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
