/**
 * Internal: the engine behind the Jackson 2 and Jackson 3 modules' entry points: the {@link
 * dev.parley.json.codec.Engine} that reads and writes documents and streams, {@link
 * dev.parley.json.codec.Codecs} (every codec of the format by Java type), {@link
 * dev.parley.json.codec.Documents} (one value read as a whole document), {@link
 * dev.parley.json.codec.Utf8} and {@link dev.parley.json.codec.FormatAccess} (the constructors of
 * the public format types). Exported only to those modules; not part of the public API.
 *
 * <p>The codecs live in three packages by role: {@link dev.parley.json.codec.io} (reading and
 * writing support: the token interfaces the Jackson modules adapt their parsers and generators to,
 * field tables, the object cursor, value readers and error reporting), {@link
 * dev.parley.json.codec.vocabulary} (the codecs of the core's vocabulary: ids, codes, dates, enums
 * and the objects records are made of) and {@link dev.parley.json.codec.records} (the record
 * codecs, the closed list of record types and the chronicle document). Records use the vocabulary,
 * both use the support, and the support uses neither.
 */
@NullMarked
package dev.parley.json.codec;

import org.jspecify.annotations.NullMarked;
