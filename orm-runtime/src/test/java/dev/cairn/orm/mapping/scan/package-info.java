/** Classes for the class scanner test. */
@NullMarked
package dev.cairn.orm.mapping.scan;

import org.jspecify.annotations.NullMarked;
