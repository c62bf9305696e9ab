package dev.cairn.spring.boot.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Bootstraps {@link CairnTest @CairnTest}: reads its {@code properties}. */
final class CairnTestContextBootstrapper extends TestSliceTestContextBootstrapper<CairnTest> {

  CairnTestContextBootstrapper() {}
}
