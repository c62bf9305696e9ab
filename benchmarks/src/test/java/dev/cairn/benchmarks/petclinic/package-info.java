/** The pet clinic on Hibernate: the statement counts Cairn's pet clinic is compared with. */
@NullMarked
package dev.cairn.benchmarks.petclinic;

import org.jspecify.annotations.NullMarked;
