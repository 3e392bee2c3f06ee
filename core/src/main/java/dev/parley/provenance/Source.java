package dev.parley.provenance;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import dev.parley.time.ReportedDate;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who said something, where it was published and when.
 *
 * <pre>{@code
 * Source mod = Source.builder()
 *     .speaker(PartyId.of("ru"))
 *     .organ("Ministry of Defence")
 *     .published(ReportedDate.parse("2025-05-23"))
 *     .build();
 * Source president = Source.builder()
 *     .speaker(PartyId.of("ua:president"))
 *     .outlet("Telegram")
 *     .build();
 * }</pre>
 *
 * <p>The speaker is a party (a state, or a person acting for one); the organ names the body within
 * it (a defence ministry, "Ukrainian officials"); the outlet is where the statement was published.
 * Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Source implements WithSource {
  Source() {}

  /**
   * Returns the party that made the statement.
   *
   * @return the speaker, or empty when the source is only an outlet
   */
  public abstract Optional<PartyId> speaker();

  /**
   * Returns a copy with {@link #speaker()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Source withSpeaker(PartyId value);

  /**
   * Returns the body within the speaker that made the statement.
   *
   * @return such as {@code Ministry of Defence}, or empty
   */
  public abstract Optional<String> organ();

  /**
   * Returns a copy with {@link #organ()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Source withOrgan(String value);

  /**
   * Returns where the statement was published.
   *
   * @return such as {@code Telegram} or {@code Reuters}, or empty
   */
  public abstract Optional<String> outlet();

  /**
   * Returns a copy with {@link #outlet()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Source withOutlet(String value);

  /**
   * Returns a link to the statement.
   *
   * @return the link, or empty
   */
  public abstract Optional<URI> link();

  /**
   * Returns a copy with {@link #link()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Source withLink(URI value);

  /**
   * Returns when the statement was published.
   *
   * @return the date with its precision, or empty when unknown
   */
  public abstract Optional<ReportedDate> published();

  /**
   * Returns a copy with {@link #published()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Source withPublished(ReportedDate value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A source that is a party, with no further detail.
   *
   * @param speaker the party that made the statement
   * @return the source, not null
   */
  public static Source of(PartyId speaker) {
    return builder().speaker(speaker).build();
  }

  /** Builds a {@link Source}; not thread-safe. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Each accessor once: every call makes a new Optional.
    Optional<String> organ = organ();
    Optional<String> outlet = outlet();
    Checker.of("Source")
        .check(
            organ.isPresent() || outlet.isPresent() || speaker().isPresent(),
            "SOURCE_ANONYMOUS",
            "",
            "a source names at least a speaker, an organ or an outlet")
        .check(
            organ.isEmpty() || !organ.get().isBlank(),
            "SOURCE_TEXT_BLANK",
            "organ",
            "organ must not be blank when present, was \"%s\"",
            organ.orElse(""))
        .check(
            outlet.isEmpty() || !outlet.get().isBlank(),
            "SOURCE_TEXT_BLANK",
            "outlet",
            "outlet must not be blank when present, was \"%s\"",
            outlet.orElse(""))
        .throwIfInvalid();
  }
}
