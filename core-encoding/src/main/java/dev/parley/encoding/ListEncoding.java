package dev.parley.encoding;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.immutables.encode.Encoding;

/**
 * Stores a {@code List<T>} attribute as a Guava {@code ImmutableList}, as Immutables' own handling
 * does, but lets a builder keep an {@code ImmutableList} it is given instead of copying it into a
 * fresh {@code ImmutableList.Builder} and copying that again when it builds. A reader that has
 * already built each list (the JSON codecs do) then hands it over without a copy; a builder fed one
 * element at a time works as before.
 *
 * <p>Builders, copies, {@code equals}, {@code hashCode} and {@code toString} behave as Immutables'
 * own handling of list attributes: {@code addX(T)}, {@code addXs(T...)}, {@code
 * addAllXs(Iterable)}, {@code xs(Iterable)}, {@code withXs(T...)}, {@code withXs(Iterable)}; null
 * elements are refused. See {@link OptionalEncoding} for the rules of the method bodies.
 */
@Encoding
final class ListEncoding<T> {
  @Encoding.Impl private final ImmutableList<T> value = ImmutableList.of();

  @Encoding.Expose
  List<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> ImmutableList<T> from(List<T> list) {
    return ImmutableList.copyOf(list);
  }

  /**
   * Copy the current immutable object with a list that replaces the content of the list.
   *
   * @param list the elements to set
   * @return a modified copy of {@code this} object
   */
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  @Encoding.Copy
  ImmutableList<T> withList(List<T> list) {
    return ImmutableList.copyOf(list);
  }

  /**
   * Copy the current immutable object with elements that replace the content of the list.
   *
   * @param elements the elements to set
   * @return a modified copy of {@code this} object
   */
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  @Encoding.Copy
  @SafeVarargs
  final ImmutableList<T> withArray(T... elements) {
    return ImmutableList.copyOf(elements);
  }

  /**
   * Copy the current immutable object with elements that replace the content of the list.
   *
   * @param elements an iterable of the elements to set
   * @return a modified copy of {@code this} object
   */
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  @Encoding.Copy
  ImmutableList<T> with(Iterable<? extends T> elements) {
    return ImmutableList.copyOf(elements);
  }

  boolean equals(ListEncoding<T> other) {
    return value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }

  @Encoding.Builder
  static final class Builder<T> {
    /** The elements while they are one list given whole (empty before anything is given). */
    private ImmutableList<T> given = ImmutableList.of();

    /**
     * The elements once one is added singly, or a list is added to others: null until then, and
     * {@code given} is then empty.
     */
    private ImmutableList.Builder<T> added = null;

    /**
     * Adds one element to the list.
     *
     * @param element an element
     * @return {@code this} builder for use in a chained invocation
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    @Encoding.Init
    void add(T element) {
      adding().add(element);
    }

    /**
     * Adds elements to the list.
     *
     * @param elements the elements to add
     * @return {@code this} builder for use in a chained invocation
     */
    @Encoding.Naming("add*")
    @Encoding.Init
    @SafeVarargs
    final void addArray(T... elements) {
      adding().add(elements);
    }

    /**
     * Adds elements to the list.
     *
     * @param elements an iterable of the elements to add
     * @return {@code this} builder for use in a chained invocation
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD_ALL)
    @Encoding.Init
    void addAll(Iterable<? extends T> elements) {
      Objects.requireNonNull(elements, "elements");
      if (added == null && given.isEmpty() && elements instanceof ImmutableList) {
        given = ImmutableList.copyOf(elements);
      } else {
        adding().addAll(elements);
      }
    }

    /**
     * Sets or replaces all elements of the list.
     *
     * @param elements an iterable of the elements to set
     * @return {@code this} builder for use in a chained invocation
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.INIT)
    @Encoding.Init
    @Encoding.Copy
    void set(Iterable<? extends T> elements) {
      ImmutableList<T> copy = ImmutableList.copyOf(elements);
      added = null;
      given = copy;
    }

    /** The builder that elements are added to, holding the given elements first. */
    private ImmutableList.Builder<T> adding() {
      if (added == null) {
        added = ImmutableList.builderWithExpectedSize(given.size() + 4);
        added.addAll(given);
        given = ImmutableList.of();
      }
      return added;
    }

    @Encoding.Build
    ImmutableList<T> build() {
      return added == null ? given : added.build();
    }
  }
}
