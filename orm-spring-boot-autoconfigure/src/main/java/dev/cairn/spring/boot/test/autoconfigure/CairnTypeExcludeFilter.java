package dev.cairn.spring.boot.test.autoconfigure;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Keeps the application's components out of a {@link CairnTest @CairnTest} slice unless its include
 * filters name them.
 */
final class CairnTypeExcludeFilter
    extends StandardAnnotationCustomizableTypeExcludeFilter<CairnTest> {

  CairnTypeExcludeFilter(Class<?> testClass) {
    super(testClass);
  }
}
