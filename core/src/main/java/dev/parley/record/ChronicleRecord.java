package dev.parley.record;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Truce;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.incident.Incident;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.util.Set;

/**
 * What every record in a chronicle has in common: a stable id, a type, the date that places it in
 * the story, and the parties, places and other records it refers to, so that a chronicle can index
 * it and check that every reference resolves.
 *
 * <pre>{@code
 * for (ChronicleRecord r : chronicle.records()) {
 *   System.out.println(r.recordDate() + " " + r.recordType().token() + " " + r.id());
 * }
 * }</pre>
 *
 * <p>Sealed: implemented by the record types of {@link RecordType} only, whose classes are the
 * permitted ones; implementations are immutable and thread-safe.
 */
public sealed interface ChronicleRecord
    permits Agreement,
        Exchange,
        NegotiationRound,
        CeasefireProposal,
        TerritorialClaim,
        Assessment,
        Incident,
        Truce {
  /**
   * Returns the record's stable id.
   *
   * @return the id, not null
   */
  RecordId id();

  /**
   * Returns the record's type.
   *
   * @return the type, not null
   */
  RecordType recordType();

  /**
   * Returns the date that places the record in the story: when an exchange took place, when a
   * proposal was made, as of when a claim was made.
   *
   * @return the date with its precision, not null
   */
  ReportedDate recordDate();

  /**
   * Returns every party the record refers to, in any role, including the speakers of its sources.
   *
   * @return the party ids, immutable
   */
  Set<PartyId> referencedParties();

  /**
   * Returns every place the record refers to.
   *
   * @return the place ids, immutable
   */
  Set<PlaceId> referencedPlaces();

  /**
   * Returns every other record the record refers to (an exchange's agreement, a counter proposal,
   * the claim an assessment judges).
   *
   * @return the record ids, immutable
   */
  Set<RecordId> referencedRecords();
}
