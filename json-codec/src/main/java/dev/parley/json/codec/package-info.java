/**
 * Internal: the hand-written streaming codecs of the wire format over Parley's own narrow token
 * interfaces ({@link dev.parley.json.codec.TokenReader}, {@link
 * dev.parley.json.codec.TokenWriter}), which the Jackson 2 and Jackson 3 modules adapt their
 * parsers and generators to; the strict reading helpers ({@link dev.parley.json.codec.ReadContext},
 * {@link dev.parley.json.codec.FieldSet}, {@link dev.parley.json.codec.ObjectCursor}), the closed
 * list of record types ({@link dev.parley.json.codec.RecordTypes}) and the {@link
 * dev.parley.json.codec.Engine} behind both modules' entry points. Exported only to those modules;
 * not part of the public API.
 */
@NullMarked
package dev.parley.json.codec;

import org.jspecify.annotations.NullMarked;
