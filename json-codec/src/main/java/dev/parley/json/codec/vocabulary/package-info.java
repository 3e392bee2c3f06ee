/**
 * Internal: the codecs of the core's vocabulary, shared by every record codec: ids, codes, dates
 * and times as strings ({@link dev.parley.json.codec.vocabulary.TextCodec}), enums as lower-case
 * tokens ({@link dev.parley.json.codec.vocabulary.EnumCodec}), and the objects records are made of
 * (estimates, sources, quotas, conditions, casualties, ...), each one constant of {@link
 * dev.parley.json.codec.vocabulary.Vocabulary}. Built on the reading and writing support of {@code
 * dev.parley.json.codec.io}; uses no record codec. Not exported: the JSON modules reach these
 * codecs through {@code Codecs}.
 *
 * <p>Writing a codec for an object (here, or a record's in {@code dev.parley.json.codec.records}):
 * declare its properties once, as a private enum {@code F} whose constants are the property names
 * in upper snake case ({@code IN_FORCE} is {@code "inForce"}) in the order they are written, and
 * make {@code Fields.of(F.class, F.NOTE, ...)} from it, naming the optional ones. Write each
 * property with that {@code Fields} ({@code write}, {@code writeString}, {@code writeIfPresent},
 * {@code writeArray}, {@code writeNumber}, {@code writeBoolean}: names pre-encoded, optional
 * properties left out when absent, empty or false). Read with {@code for (F f; (f = c.next(FIELDS))
 * != null; ) switch (f) { ... }} on an {@code ObjectCursor}, values with {@code Values} ({@code
 * string}, {@code text}, {@code longValue}, {@code doubleValue}, {@code booleanValue}, {@code
 * list}, {@code set}) or another codec, and build in a {@code try} block whose {@code catch
 * (InvalidValueException e)} throws {@code c.violation(e)}. The cursor reports unknown, repeated,
 * null and missing properties with their pointers; the golden files and the bad-input corpora in
 * the {@code json} module pin both directions. Register the codec as a constant of {@code
 * Vocabulary} and in its {@code all()}.
 */
@NullMarked
package dev.parley.json.codec.vocabulary;

import org.jspecify.annotations.NullMarked;
