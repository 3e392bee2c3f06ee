package dev.parley.internal;

import dev.parley.encoding.ListEncodingEnabled;
import dev.parley.encoding.OptionalEncodingEnabled;
import dev.parley.encoding.OptionalIntEncodingEnabled;
import dev.parley.encoding.OptionalLongEncodingEnabled;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every Parley value type.
 *
 * <p>Accessors are plain names (no JavaBean {@code get} prefix); the generated implementation is
 * package-private and hidden behind the abstract type, which exposes {@code builder()}, {@code
 * of(...)} and {@code with*} copies; builders are ordinary (neither staged nor strict) so that
 * readers such as the JSON module can rebuild any value; validation is on, and every type enforces
 * its invariants in a {@code @Value.Check} method that reports all violations at once. Optional
 * attributes are stored as their {@code Optional}, {@code OptionalInt} or {@code OptionalLong}, so
 * that accessors allocate nothing, and list attributes as Guava {@code ImmutableList}s that a
 * builder keeps without a copy when it is given one (the encodings of {@code dev.parley.encoding}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@ListEncodingEnabled
@OptionalEncodingEnabled
@OptionalIntEncodingEnabled
@OptionalLongEncodingEnabled
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    strictBuilder = false,
    stagedBuilder = false,
    depluralize = true,
    defaultAsDefault = false,
    allParameters = false,
    jdkOnly = false,
    optionalAcceptNullable = false,
    headerComments = false,
    clearBuilder = false,
    deferCollectionAllocation = true)
public @interface ParleyStyle {}
