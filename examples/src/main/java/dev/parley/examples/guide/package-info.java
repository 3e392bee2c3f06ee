/**
 * Small, commented examples of each common use of Parley, quoted by the README's tour: an exchange
 * and its fulfilment, a ceasefire proposal and its answers, territorial claims and control, reading
 * NDJSON with findings, and Parley in an existing Jackson ObjectMapper.
 */
package dev.parley.examples.guide;
