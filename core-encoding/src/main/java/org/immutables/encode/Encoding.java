package org.immutables.encode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotations that define an Immutables encoding, declared here under the names the Immutables
 * processor (2.12.2) reads them by, because the {@code org.immutables:encode} artifact that
 * normally provides them cannot be resolved in this build. Source retention: nothing of them
 * reaches a class file. Replace this package with that artifact ({@code provided} scope) when it
 * can be resolved.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
public @interface Encoding {

  /** The implementation field: how the attribute is stored. */
  @Target(ElementType.FIELD)
  @Retention(RetentionPolicy.SOURCE)
  @interface Impl {
    /**
     * Whether the field is virtual (derived into other fields).
     *
     * @return true if virtual
     */
    boolean virtual() default false;
  }

  /** An accessor template: the attribute types the encoding applies to. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.SOURCE)
  @interface Expose {}

  /** A static conversion from the most general accepted value to the field's type. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.SOURCE)
  @interface Of {}

  /** A builder initializer template. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.SOURCE)
  @interface Init {}

  /** A builder template telling whether the attribute was initialized. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.SOURCE)
  @interface IsInit {}

  /**
   * A copy ({@code with*}) template, or a builder initializer that accepts the accessor's value.
   */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.SOURCE)
  @interface Copy {}

  /** The attribute's builder template, a nested static class. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.SOURCE)
  @interface Builder {}

  /** The builder template's method that returns the value to store. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.SOURCE)
  @interface Build {}

  /** The naming pattern of a generated element; {@code *} stands for the attribute name. */
  @Target({ElementType.METHOD, ElementType.FIELD})
  @Retention(RetentionPolicy.SOURCE)
  @interface Naming {
    /**
     * The pattern.
     *
     * @return the pattern
     */
    String value() default "*";

    /**
     * Whether the attribute name is made singular first.
     *
     * @return true to depluralize
     */
    boolean depluralize() default false;

    /**
     * A naming of the value type's style to reuse.
     *
     * @return the standard naming
     */
    StandardNaming standard() default StandardNaming.NONE;
  }

  /** The namings of the value type's style that an encoding's elements can reuse. */
  enum StandardNaming {
    /** No standard naming. */
    NONE,
    /** The accessor's naming. */
    GET,
    /** The builder initializer's naming. */
    INIT,
    /** The copy method's naming. */
    WITH,
    /** The builder's add naming. */
    ADD,
    /** The builder's add-all naming. */
    ADD_ALL,
    /** The builder's put naming. */
    PUT,
    /** The builder's put-all naming. */
    PUT_ALL
  }
}
