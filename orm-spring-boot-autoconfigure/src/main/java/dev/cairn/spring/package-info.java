/** Spring integration of Cairn that does not depend on Boot: exception translation. */
@NullMarked
package dev.cairn.spring;

import org.jspecify.annotations.NullMarked;
