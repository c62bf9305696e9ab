/** ORM internals: not for users; names here may change in any release. */
@NullMarked
package dev.cairn.orm.internal;

import org.jspecify.annotations.NullMarked;
