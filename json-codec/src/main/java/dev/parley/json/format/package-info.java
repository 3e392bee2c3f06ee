/**
 * The public types of the Parley JSON wire format that the Jackson 2 module ({@code
 * dev.parley.json.ParleyJson}) and the Jackson 3 module ({@code
 * dev.parley.json.jackson3.ParleyJson3}) share: {@link dev.parley.json.format.ParleyJsonException}
 * for every bad input, {@link dev.parley.json.format.JsonLimits}, and NDJSON streaming with {@link
 * dev.parley.json.format.NdjsonReader} and {@link dev.parley.json.format.NdjsonWriter}.
 */
@NullMarked
package dev.parley.json.format;

import org.jspecify.annotations.NullMarked;
