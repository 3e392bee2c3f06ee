package dev.parley.json.codec.records;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.record.RecordType;
import dev.parley.validation.InvalidValueException;
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
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    KIND,
    PROPOSER,
    ADDRESSEES,
    DATE,
    SCOPE,
    DURATION,
    PROPOSED_START,
    EXTENSION_TERMS,
    CONDITIONS,
    PARTICIPANTS,
    NEGOTIATION_ROUND,
    RESPONSES,
    EVENTS,
    PROVENANCE,
    CO_PROPOSERS,
    VENUE,
    OCCASION,
    ANSWERS,
    MIRRORS,
    ALTERNATIVES,
    DURATION_UP_TO,
    DURATION_UNKNOWN,
    EXCHANGE_AGREEMENTS
  }

  private static final Fields<F> FIELDS =
      Fields.of(
          F.class,
          F.ADDRESSEES,
          F.DURATION,
          F.PROPOSED_START,
          F.EXTENSION_TERMS,
          F.CONDITIONS,
          F.PARTICIPANTS,
          F.NEGOTIATION_ROUND,
          F.RESPONSES,
          F.EVENTS,
          F.PROVENANCE,
          F.CO_PROPOSERS,
          F.VENUE,
          F.OCCASION,
          F.ANSWERS,
          F.MIRRORS,
          F.ALTERNATIVES,
          F.DURATION_UP_TO,
          F.DURATION_UNKNOWN,
          F.EXCHANGE_AGREEMENTS);

  CeasefireProposalCodec() {
    super(RecordType.CEASEFIRE_PROPOSAL.token(), CeasefireProposal.class, FIELDS);
  }

  @Override
  protected void writeFields(CeasefireProposal value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.write(g, F.KIND, value.kind(), Vocabulary.PROPOSAL_KIND);
    FIELDS.writeString(g, F.PROPOSER, value.proposer().value());
    FIELDS.writeArray(g, F.ADDRESSEES, value.addressees(), Vocabulary.PARTY_ID);
    FIELDS.write(g, F.DATE, value.date(), Vocabulary.REPORTED_DATE);
    FIELDS.write(g, F.SCOPE, value.scope(), Vocabulary.SCOPE);
    FIELDS.writeIfPresent(g, F.DURATION, value.duration(), Vocabulary.DURATION);
    FIELDS.writeIfPresent(g, F.PROPOSED_START, value.proposedStart(), Vocabulary.TIME_POINT);
    FIELDS.writeStringIfPresent(g, F.EXTENSION_TERMS, value.extensionTerms());
    FIELDS.writeArray(g, F.CONDITIONS, value.conditions(), Vocabulary.CONDITION);
    FIELDS.writeArray(g, F.PARTICIPANTS, value.participants(), Vocabulary.PARTICIPANT);
    var negotiationRoundValue = value.negotiationRound();
    if (negotiationRoundValue.isPresent()) {
      FIELDS.writeString(g, F.NEGOTIATION_ROUND, negotiationRoundValue.get().value());
    }
    FIELDS.writeArray(g, F.RESPONSES, value.responses(), Vocabulary.RESPONSE);
    FIELDS.writeArray(g, F.EVENTS, value.events(), Vocabulary.LIFECYCLE_EVENT);
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
    FIELDS.writeArray(g, F.CO_PROPOSERS, value.coProposers(), Vocabulary.PARTY_ID);
    var venueValue = value.venue();
    if (venueValue.isPresent()) {
      FIELDS.writeString(g, F.VENUE, venueValue.get().value());
    }
    FIELDS.writeStringIfPresent(g, F.OCCASION, value.occasion());
    var answersValue = value.answers();
    if (answersValue.isPresent()) {
      FIELDS.writeString(g, F.ANSWERS, answersValue.get().value());
    }
    var mirrorsValue = value.mirrors();
    if (mirrorsValue.isPresent()) {
      FIELDS.writeString(g, F.MIRRORS, mirrorsValue.get().value());
    }
    FIELDS.writeArray(g, F.ALTERNATIVES, value.alternatives(), Vocabulary.CONDITION_GROUP);
    FIELDS.writeIfPresent(g, F.DURATION_UP_TO, value.durationUpTo(), Vocabulary.DURATION);
    FIELDS.writeBoolean(g, F.DURATION_UNKNOWN, value.durationUnknown());
    FIELDS.writeArray(g, F.EXCHANGE_AGREEMENTS, value.exchangeAgreements(), Vocabulary.RECORD_ID);
  }

  @Override
  protected CeasefireProposal readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    CeasefireProposal.Builder b = CeasefireProposal.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case KIND:
          b.kind(Vocabulary.PROPOSAL_KIND.read(p, ctx));
          break;
        case PROPOSER:
          b.proposer(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case ADDRESSEES:
          b.addAllAddressees(Values.set(p, ctx, Vocabulary.PARTY_ID));
          break;
        case DATE:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case SCOPE:
          b.scope(Vocabulary.SCOPE.read(p, ctx));
          break;
        case DURATION:
          b.duration(Vocabulary.DURATION.readPresent(p, ctx));
          break;
        case PROPOSED_START:
          b.proposedStart(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case EXTENSION_TERMS:
          b.extensionTerms(Values.string(p, ctx));
          break;
        case CONDITIONS:
          b.addAllConditions(Values.list(p, ctx, Vocabulary.CONDITION));
          break;
        case PARTICIPANTS:
          b.addAllParticipants(Values.list(p, ctx, Vocabulary.PARTICIPANT));
          break;
        case NEGOTIATION_ROUND:
          b.negotiationRound(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case RESPONSES:
          b.addAllResponses(Values.list(p, ctx, Vocabulary.RESPONSE));
          break;
        case EVENTS:
          b.addAllEvents(Values.list(p, ctx, Vocabulary.LIFECYCLE_EVENT));
          break;
        case PROVENANCE:
          b.addAllProvenance(Values.list(p, ctx, Vocabulary.STATEMENT));
          break;
        case CO_PROPOSERS:
          b.addAllCoProposers(Values.set(p, ctx, Vocabulary.PARTY_ID));
          break;
        case VENUE:
          b.venue(Vocabulary.PLACE_ID.readPresent(p, ctx));
          break;
        case OCCASION:
          b.occasion(Values.string(p, ctx));
          break;
        case ANSWERS:
          b.answers(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case MIRRORS:
          b.mirrors(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case ALTERNATIVES:
          b.addAllAlternatives(Values.list(p, ctx, Vocabulary.CONDITION_GROUP));
          break;
        case DURATION_UP_TO:
          b.durationUpTo(Vocabulary.DURATION.readPresent(p, ctx));
          break;
        case DURATION_UNKNOWN:
          b.durationUnknown(Values.booleanValue(p, ctx));
          break;
        case EXCHANGE_AGREEMENTS:
          b.exchangeAgreements(Values.list(p, ctx, Vocabulary.RECORD_ID));
          break;
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
