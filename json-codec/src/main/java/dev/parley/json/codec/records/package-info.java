/**
 * Internal: the record codecs of the wire format, one {@link
 * dev.parley.json.codec.records.RecordCodec} per record type, the closed list of record types
 * ({@link dev.parley.json.codec.records.RecordTypes}) and the chronicle document ({@link
 * dev.parley.json.codec.records.ChronicleCodec}). Record codecs are written as the vocabulary's
 * object codecs are (see {@code dev.parley.json.codec.vocabulary}), with the properties other than
 * {@code type} in {@code writeFields} and {@code readFields}, and registered in {@code
 * RecordTypes}. Exported only to the Jackson 2 module, whose tests check the list of record types;
 * not part of the public API.
 */
@NullMarked
package dev.parley.json.codec.records;

import org.jspecify.annotations.NullMarked;
