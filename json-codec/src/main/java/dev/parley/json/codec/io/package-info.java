/**
 * Internal: reading and writing support of the codecs. Parley's own narrow token interfaces ({@link
 * dev.parley.json.codec.io.TokenReader}, {@link dev.parley.json.codec.io.TokenWriter}, {@link
 * dev.parley.json.codec.io.TokenFactory}, {@link dev.parley.json.codec.io.Token}, {@link
 * dev.parley.json.codec.io.Name}), which the Jackson 2 and Jackson 3 modules adapt their parsers
 * and generators to; the {@link dev.parley.json.codec.io.Codec} interface; the strict reading and
 * writing support ({@link dev.parley.json.codec.io.Fields}, {@link
 * dev.parley.json.codec.io.FieldSet}, {@link dev.parley.json.codec.io.ObjectCursor}, {@link
 * dev.parley.json.codec.io.Values}); the limits and error reporting of a read ({@link
 * dev.parley.json.codec.io.ReadContext}, {@link dev.parley.json.codec.io.Failures}, {@link
 * dev.parley.json.codec.io.ReadFailure}, {@link dev.parley.json.codec.io.Positions}, {@link
 * dev.parley.json.codec.io.InputEnd}); the lookup tables and interners of text values ({@link
 * dev.parley.json.codec.io.LookupTables}); and the format {@link dev.parley.json.codec.io.Header}.
 *
 * <p>Nothing in this package uses the vocabulary, the record codecs or the engine. Exported only to
 * the Jackson 2 and Jackson 3 modules; not part of the public API.
 */
@NullMarked
package dev.parley.json.codec.io;

import org.jspecify.annotations.NullMarked;
