package dev.parley.encoding;

import java.util.Objects;
import java.util.Optional;
import org.immutables.encode.Encoding;

/**
 * Stores an {@code Optional<T>} attribute as the {@code Optional} itself, so that its accessor
 * returns the stored instance instead of wrapping a nullable field in a new {@code Optional} on
 * every call (Immutables' own way, {@code Optional.ofNullable(field)}). Builders, copies, {@code
 * equals}, {@code hashCode} and {@code toString} behave as Immutables' own handling of optional
 * attributes: {@code x(T)}, {@code x(Optional<? extends T>)}, {@code withX(T)}, an empty optional
 * left out of {@code toString}.
 *
 * <p>The processor copies the method bodies below into the generated classes; they must stay simple
 * expressions (no lambdas, no method references).
 */
@Encoding
final class OptionalEncoding<T> {
  @Encoding.Impl private final Optional<T> value = Optional.empty();

  @Encoding.Expose
  Optional<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> Optional<T> from(Optional<T> optional) {
    return Objects.requireNonNull(optional, "optional");
  }

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional attribute.
   *
   * @param present the value, not null
   * @return a modified copy of {@code this} object
   */
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  @Encoding.Copy
  Optional<T> with(T present) {
    return value.isPresent() && value.get() == present ? value : Optional.of(present);
  }

  /**
   * Copy the current immutable object by setting an optional value for the attribute.
   *
   * @param optional a value, not null
   * @return a modified copy of {@code this} object
   */
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  @Encoding.Copy
  Optional<T> withOptional(Optional<T> optional) {
    return optional.orElse(null) == value.orElse(null) ? value : optional;
  }

  boolean equals(OptionalEncoding<T> other) {
    return value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.isPresent() ? String.valueOf(value.get()) : null;
  }

  @Encoding.Builder
  static final class Builder<T> {
    private Optional<T> optional = Optional.empty();

    /**
     * Initializes the optional attribute to a present value.
     *
     * @param present the value, not null
     * @return {@code this} builder for use in a chained invocation
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.INIT)
    @Encoding.Init
    void set(T present) {
      this.optional = Optional.of(present);
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
    @SuppressWarnings("unchecked")
    void setOptional(Optional<? extends T> given) {
      this.optional = (Optional<T>) Objects.requireNonNull(given, "optional");
    }

    @Encoding.Build
    Optional<T> build() {
      return optional;
    }
  }
}
