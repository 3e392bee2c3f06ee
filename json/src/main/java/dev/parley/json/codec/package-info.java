/**
 * Internal: the hand-written streaming codecs of the wire format over Jackson's {@code JsonParser}
 * and {@code JsonGenerator}, their strict reading helpers ({@link
 * dev.parley.json.codec.ReadContext}, {@link dev.parley.json.codec.FieldSet}, {@link
 * dev.parley.json.codec.ObjectCursor}) and the closed list of record types ({@link
 * dev.parley.json.codec.RecordTypes}). Not part of the public API: use {@link
 * dev.parley.json.ParleyJson} or {@link dev.parley.json.ParleyModule}.
 */
@NullMarked
package dev.parley.json.codec;

import org.jspecify.annotations.NullMarked;
