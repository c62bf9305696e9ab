/** A sub-package for the class scanner test. */
@NullMarked
package dev.cairn.orm.mapping.scan.sub;

import org.jspecify.annotations.NullMarked;
