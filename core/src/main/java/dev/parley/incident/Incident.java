package dev.parley.incident;

import com.google.common.collect.ImmutableSet;
import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.References;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.time.ReportedDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A strike or attack: when and where it happened, what it hit, who is said to have carried it out
 * and with what, and its toll with every revision kept.
 *
 * <pre>{@code
 * Incident odesa = Incident.builder()
 *     .id(RecordId.of("incident:odesa-port:2025-05-23"))
 *     .date(ReportedDate.parse("2025-05-23"))
 *     .place(PlaceId.of("ua:odesa-port"))
 *     .target(TargetType.PORT_INFRASTRUCTURE)
 *     .perpetrator(Perpetrator.of(PartyId.of("ru"), Attribution.ATTRIBUTED))
 *     .weapon(WeaponType.MISSILE)
 *     .casualties(Casualties.of(firstReport))    // 1 killed, 8 injured
 *     .build();
 * odesa.killed();        // 1
 * Crosswalk.codes(odesa); // [CAMEO 195 / PLOVER ASSAULT (aerial)], see dev.parley.chronicle
 * }</pre>
 *
 * <p>The place is referred to by id; its country and region (such as UA-51, Odesa) are on the
 * {@link dev.parley.place.Place}. Instances are immutable and thread-safe. Its validation rules are
 * listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract non-sealed class Incident implements WithIncident, ChronicleRecord {
  Incident() {}

  public abstract RecordId id();

  /**
   * Returns the date, with its precision.
   *
   * @return the date, not null
   */
  public abstract ReportedDate date();

  /**
   * Returns the time, with its time zone, when reported.
   *
   * @return the time, or empty when only the date is known
   */
  public abstract Optional<ZonedDateTime> time();

  /**
   * Returns a copy with {@link #time()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Incident withTime(ZonedDateTime value);

  /**
   * Returns where it happened.
   *
   * @return the place's id, not null
   */
  public abstract PlaceId place();

  /**
   * Returns what it hit.
   *
   * @return the target type, not null
   */
  public abstract TargetType target();

  /**
   * Returns who carried it out, as claimed or attributed.
   *
   * @return the perpetrator, or empty when not reported
   */
  public abstract Optional<Perpetrator> perpetrator();

  /**
   * Returns a copy with {@link #perpetrator()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Incident withPerpetrator(Perpetrator value);

  /**
   * Returns the weapon used.
   *
   * @return the weapon type, or empty when not reported
   */
  public abstract Optional<WeaponType> weapon();

  /**
   * Returns a copy with {@link #weapon()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Incident withWeapon(WeaponType value);

  /**
   * Returns the toll with its revisions.
   *
   * @return the casualties, {@link Casualties#unreported()} by default
   */
  @Value.Default
  public Casualties casualties() {
    return Casualties.unreported();
  }

  /**
   * Returns who reported the incident.
   *
   * @return the statements, possibly empty, immutable
   */
  public abstract List<Statement> provenance();

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Incident withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Incident withProvenance(Iterable<? extends Statement> elements);

  @Override
  public RecordType recordType() {
    return RecordType.INCIDENT;
  }

  @Override
  public ReportedDate recordDate() {
    return date();
  }

  @Override
  public Set<PartyId> referencedParties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.builder();
    if (perpetrator().isPresent()) {
      b.add(perpetrator().get().party());
      References.speakers(b, perpetrator().get().sources());
    }
    References.speakers(b, provenance());
    for (CasualtyRevision r : casualties().revisions()) {
      References.speakers(b, r.sources());
    }
    return b.build();
  }

  @Override
  public Set<PlaceId> referencedPlaces() {
    return ImmutableSet.of(place());
  }

  @Override
  public Set<RecordId> referencedRecords() {
    return ImmutableSet.of();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Incident}; not thread-safe. */
  public static final class Builder extends ImmutableIncident.Builder {
    Builder() {}
  }

  /**
   * Returns the current number killed: the latest revision's.
   *
   * @return the estimate, {@link Estimate#unknown()} when unreported
   */
  public Estimate killed() {
    return casualties().killed();
  }

  /**
   * Returns the current number injured: the latest revision's.
   *
   * @return the estimate, {@link Estimate#unknown()} when unreported
   */
  public Estimate injured() {
    return casualties().injured();
  }

  /**
   * Returns a copy whose toll has a later revision appended.
   *
   * @param revision the new revision, not dated wholly before the current latest
   * @return the revised incident, not null
   * @throws dev.parley.validation.InvalidValueException if the revision is out of date order
   */
  public Incident revisedBy(CasualtyRevision revision) {
    return withCasualties(casualties().revisedBy(revision));
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Incident");
    List<CasualtyRevision> revisions = casualties().revisions();
    for (int i = 0; i < revisions.size(); i++) {
      List<Statement> sources = revisions.get(i).sources();
      for (int j = 0; j < sources.size(); j++) {
        Optional<ReportedDate> published = sources.get(j).source().published();
        if (published.isPresent() && published.get().isBefore(date())) {
          c.fail(
              "INCIDENT_REVISION_SOURCE_BEFORE_INCIDENT",
              "casualties.revisions[" + i + "].sources[" + j + "].source.published",
              "a revision's source is published %s, before the incident of %s it reports on",
              published.get(),
              date());
        }
      }
    }
    c.check(
            time().isEmpty() || date().contains(time().get().toLocalDate()),
            "INCIDENT_TIME_OUTSIDE_DATE",
            "time",
            "the time %s does not fall on the incident's date %s",
            time(),
            date())
        .throwIfInvalid();
  }

  /** Returns {@code id: target at place on date, killed k, injured i}. */
  @Override
  public String toString() {
    return id()
        + ": "
        + target()
        + " at "
        + place()
        + " on "
        + date()
        + ", killed "
        + killed()
        + ", injured "
        + injured();
  }
}
