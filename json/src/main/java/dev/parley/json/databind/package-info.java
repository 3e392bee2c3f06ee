/**
 * Internal: Jackson databind serializers and deserializers that delegate to the format's codecs,
 * installed by {@link dev.parley.json.ParleyModule}. Not part of the public API.
 */
@NullMarked
package dev.parley.json.databind;

import org.jspecify.annotations.NullMarked;
