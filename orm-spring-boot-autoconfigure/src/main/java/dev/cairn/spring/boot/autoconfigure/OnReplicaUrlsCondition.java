package dev.cairn.spring.boot.autoconfigure;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code cairn.replicas.urls} lists at least one URL (YAML list or commas). */
final class OnReplicaUrlsCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    List<String> urls =
        Binder.get(context.getEnvironment())
            .bind("cairn.replicas.urls", Bindable.listOf(String.class))
            .orElse(List.of());
    return urls.isEmpty()
        ? ConditionOutcome.noMatch("cairn.replicas.urls is not set")
        : ConditionOutcome.match("cairn.replicas.urls lists " + urls.size() + " replica(s)");
  }
}
