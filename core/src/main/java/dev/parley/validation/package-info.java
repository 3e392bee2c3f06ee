/**
 * The validation model: invariants of one value fail construction with an {@link
 * dev.parley.validation.InvalidValueException} that names every {@link
 * dev.parley.validation.Violation}; consistency across records is reported as {@link
 * dev.parley.validation.Finding}s collected in a {@link dev.parley.validation.ValidationReport}.
 * Every rule has a stable code listed in {@code docs/validation-rules.md}.
 */
@NullMarked
package dev.parley.validation;

import org.jspecify.annotations.NullMarked;
