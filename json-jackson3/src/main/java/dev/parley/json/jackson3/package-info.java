/**
 * The Parley JSON wire format, version 1, on Jackson 3: {@link dev.parley.json.jackson3.ParleyJson}
 * for strict reading and writing of single values and NDJSON streams, and a Jackson 3 {@link
 * tools.jackson.databind.JacksonModule}, {@link dev.parley.json.jackson3.ParleyModule}, for users
 * with their own {@code JsonMapper}. The same bytes, limits and errors ({@link
 * dev.parley.json.format.ParleyJsonException}) as the Jackson 2 module, {@code dev.parley.json};
 * the format is described in {@code docs/json-format.md}.
 */
@NullMarked
package dev.parley.json.jackson3;

import org.jspecify.annotations.NullMarked;
