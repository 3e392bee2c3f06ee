package dev.parley.encoding;

import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.encode.Encoding;

/**
 * Stores an {@code OptionalInt} attribute as the {@code OptionalInt} itself, so that its accessor
 * returns the stored instance instead of building a new one from a boxed field on every call.
 * Builders, copies, {@code equals}, {@code hashCode} and {@code toString} behave as Immutables' own
 * handling: {@code x(int)}, {@code x(OptionalInt)}, {@code withX(int)}, an empty value left out of
 * {@code toString}. See {@link OptionalEncoding} for the rules of the method bodies.
 */
@Encoding
final class OptionalIntEncoding {
  @Encoding.Impl private final OptionalInt value = OptionalInt.empty();

  @Encoding.Expose
  OptionalInt get() {
    return value;
  }

  @Encoding.Of
  static OptionalInt from(OptionalInt optional) {
    return Objects.requireNonNull(optional, "optional");
  }

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional attribute.
   *
   * @param present the value
   * @return a modified copy of {@code this} object
   */
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  @Encoding.Copy
  OptionalInt with(int present) {
    return value.isPresent() && value.getAsInt() == present ? value : OptionalInt.of(present);
  }

  /**
   * Copy the current immutable object by setting an optional value for the attribute.
   *
   * @param optional a value, not null
   * @return a modified copy of {@code this} object
   */
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  @Encoding.Copy
  OptionalInt withOptional(OptionalInt optional) {
    return optional.equals(value) ? value : optional;
  }

  boolean equals(OptionalIntEncoding other) {
    return value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.isPresent() ? String.valueOf(value.getAsInt()) : null;
  }

  @Encoding.Builder
  static final class Builder {
    private OptionalInt optional = OptionalInt.empty();

    /**
     * Initializes the optional attribute to a present value.
     *
     * @param present the value
     * @return {@code this} builder for use in a chained invocation
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.INIT)
    @Encoding.Init
    void set(int present) {
      this.optional = OptionalInt.of(present);
    }

    /**
     * Initializes the optional attribute.
     *
     * @param given the optional value, not null
     * @return {@code this} builder for use in a chained invocation
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.INIT)
    @Encoding.Init
    @Encoding.Copy
    void setOptional(OptionalInt given) {
      this.optional = Objects.requireNonNull(given, "optional");
    }

    @Encoding.Build
    OptionalInt build() {
      return optional;
    }
  }
}
