package dev.parley.json.codec.io;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a constant of a codec's field enum as an optional property: reading accepts the object
 * without it, and writing leaves it out when its value is absent, an empty list or {@code false}. A
 * constant without it is a required property. See {@link Fields}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OptionalField {}
