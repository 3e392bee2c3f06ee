package dev.parley.encoding;

import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.encode.Encoding;

/**
 * Stores an {@code OptionalLong} attribute as the {@code OptionalLong} itself, so that its accessor
 * returns the stored instance instead of building a new one from a boxed field on every call.
 * Builders, copies, {@code equals}, {@code hashCode} and {@code toString} behave as Immutables' own
 * handling: {@code x(long)}, {@code x(OptionalLong)}, {@code withX(long)}, an empty value left out
 * of {@code toString}. See {@link OptionalEncoding} for the rules of the method bodies.
 */
@Encoding
final class OptionalLongEncoding {
  @Encoding.Impl private final OptionalLong value = OptionalLong.empty();

  @Encoding.Expose
  OptionalLong get() {
    return value;
  }

  @Encoding.Of
  static OptionalLong from(OptionalLong optional) {
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
  OptionalLong with(long present) {
    return value.isPresent() && value.getAsLong() == present ? value : OptionalLong.of(present);
  }

  /**
   * Copy the current immutable object by setting an optional value for the attribute.
   *
   * @param optional a value, not null
   * @return a modified copy of {@code this} object
   */
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  @Encoding.Copy
  OptionalLong withOptional(OptionalLong optional) {
    return optional.equals(value) ? value : optional;
  }

  boolean equals(OptionalLongEncoding other) {
    return value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.isPresent() ? String.valueOf(value.getAsLong()) : null;
  }

  @Encoding.Builder
  static final class Builder {
    private OptionalLong optional = OptionalLong.empty();

    /**
     * Initializes the optional attribute to a present value.
     *
     * @param present the value
     * @return {@code this} builder for use in a chained invocation
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.INIT)
    @Encoding.Init
    void set(long present) {
      this.optional = OptionalLong.of(present);
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
    void setOptional(OptionalLong given) {
      this.optional = Objects.requireNonNull(given, "optional");
    }

    @Encoding.Build
    OptionalLong build() {
      return optional;
    }
  }
}
