/**
 * The JSON shapes of the REST API as records: what requests carry (validated with Bean Validation)
 * and what responses show. Entities are never serialized.
 */
@NullMarked
package dev.cairn.sample.api;

import org.jspecify.annotations.NullMarked;
