package dev.cairn.test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/** Expands a {@link DatabaseTest} into one invocation per database. */
final class DatabaseInvocationProvider implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return AnnotationSupport.isAnnotated(context.getTestMethod(), DatabaseTest.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    DatabaseTest annotation =
        AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), DatabaseTest.class)
            .orElseThrow();
    return Arrays.stream(annotation.value()).map(Invocation::new);
  }

  private record Invocation(TestDatabase database) implements TestTemplateInvocationContext {

    @Override
    public String getDisplayName(int invocationIndex) {
      return "[" + database.displayName() + "]";
    }

    @Override
    public List<org.junit.jupiter.api.extension.Extension> getAdditionalExtensions() {
      return List.of(new Injector(database));
    }
  }

  private static final class Injector
      implements ParameterResolver, AfterEachCallback, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(Injector.class);

    private final TestDatabase database;

    Injector(TestDatabase database) {
      this.database = database;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String reason = DatabaseServers.skipReason(database);
      return reason == null
          ? ConditionEvaluationResult.enabled(database.displayName() + " is reachable")
          : ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == TestDb.class || type == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      if (parameter.getParameter().getType() == TestDatabase.class) {
        return database;
      }
      return context
          .getStore(NAMESPACE)
          .computeIfAbsent("db", key -> DatabaseServers.open(database), TestDb.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
      TestDb db = context.getStore(NAMESPACE).remove("db", TestDb.class);
      if (db != null) {
        db.close();
      }
    }
  }
}
