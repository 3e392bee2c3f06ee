package org.immutables.encode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata the Immutables processor writes onto an encoding's generated {@code *Enabled}
 * annotation and reads back where the encoding is used; declared here for the reason given in
 * {@link Encoding}.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface EncodingMetadata {
  /**
   * The encoding's class name.
   *
   * @return the name
   */
  String name();

  /**
   * The encoding's imports.
   *
   * @return the imports
   */
  String[] imports();

  /**
   * The encoding's type parameters.
   *
   * @return the type parameters
   */
  String[] typeParams();

  /**
   * The encoding's elements.
   *
   * @return the elements
   */
  Element[] elements();

  /** One element (field, method, builder member) of an encoding. */
  @Target({})
  @Retention(RetentionPolicy.CLASS)
  @interface Element {
    /**
     * The element's name.
     *
     * @return the name
     */
    String name();

    /**
     * The element's type.
     *
     * @return the type
     */
    String type();

    /**
     * The element's naming pattern.
     *
     * @return the pattern
     */
    String naming();

    /**
     * The element's standard naming.
     *
     * @return the standard naming
     */
    String stdNaming();

    /**
     * The element's tags.
     *
     * @return the tags
     */
    String[] tags();

    /**
     * The element's type parameters.
     *
     * @return the type parameters
     */
    String[] typeParams();

    /**
     * The element's parameters.
     *
     * @return the parameters
     */
    String[] params();

    /**
     * The exceptions the element throws.
     *
     * @return the exception types
     */
    String[] thrown();

    /**
     * The element's code template.
     *
     * @return the code
     */
    String code();

    /**
     * The element's documentation.
     *
     * @return the documentation lines
     */
    String[] doc();

    /**
     * The element's annotations.
     *
     * @return the annotations
     */
    String[] annotations();
  }
}
