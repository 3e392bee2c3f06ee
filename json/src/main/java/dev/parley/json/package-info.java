/**
 * The Parley JSON wire format, version 1: strict reading and writing of single values and of NDJSON
 * streams of records, a Jackson {@link com.fasterxml.jackson.databind.Module} for users with their
 * own {@code ObjectMapper}, and one exception type, {@link
 * dev.parley.json.format.ParleyJsonException}, for every bad input. Start with {@link
 * dev.parley.json.ParleyJson#defaults()}; the format is described in {@code docs/json-format.md}.
 */
@NullMarked
package dev.parley.json;

import org.jspecify.annotations.NullMarked;
