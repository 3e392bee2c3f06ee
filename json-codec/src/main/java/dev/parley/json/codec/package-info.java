/**
 * Internal: the hand-written streaming codecs of the wire format over Parley's own narrow token
 * interfaces ({@link dev.parley.json.codec.TokenReader}, {@link
 * dev.parley.json.codec.TokenWriter}), which the Jackson 2 and Jackson 3 modules adapt their
 * parsers and generators to; the strict reading and writing support ({@link
 * dev.parley.json.codec.Fields}, {@link dev.parley.json.codec.ObjectCursor}, {@link
 * dev.parley.json.codec.Values}, and {@link dev.parley.json.codec.ReadContext} for errors), the
 * closed list of record types ({@link dev.parley.json.codec.RecordTypes}) and the {@link
 * dev.parley.json.codec.Engine} behind both modules' entry points. Exported only to those modules;
 * not part of the public API.
 *
 * <p>Writing a codec for an object: declare its properties once, as a private enum {@code F} whose
 * constants are the property names in upper snake case ({@code IN_FORCE} is {@code "inForce"}) in
 * the order they are written, with {@code @OptionalField} on the optional ones, and make {@code
 * Fields.of(F.class)} from it. Write each property with that {@code Fields} ({@code write}, {@code
 * writeString}, {@code writeIfPresent}, {@code writeArray}, {@code writeNumber}, {@code
 * writeBoolean}: names pre-encoded, optional properties left out when absent, empty or false). Read
 * with {@code for (F f; (f = c.next(FIELDS)) != null; ) switch (f) { ... }} on an {@code
 * ObjectCursor}, values with {@code Values} ({@code string}, {@code text}, {@code longValue},
 * {@code doubleValue}, {@code booleanValue}, {@code list}, {@code set}) or another codec, and build
 * with {@code c.build(...)}. The cursor reports unknown, repeated, null and missing properties with
 * their pointers; the golden files and the bad-input corpora in the {@code json} module pin both
 * directions.
 */
@NullMarked
package dev.parley.json.codec;

import org.jspecify.annotations.NullMarked;
