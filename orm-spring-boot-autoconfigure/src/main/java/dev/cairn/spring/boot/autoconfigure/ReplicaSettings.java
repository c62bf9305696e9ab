package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.engine.ReadReplicas;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/** Builds {@link ReadReplicas} from {@code cairn.replicas.*}, checking every URL first. */
final class ReplicaSettings {

  private ReplicaSettings() {}

  static ReadReplicas build(CairnReplicaProperties properties, Environment environment) {
    String primaryUrl = environment.getProperty("spring.datasource.url");
    Dialect primary = primaryUrl == null ? null : Dialects.forUrl(primaryUrl);
    String username =
        properties.getUsername() != null
            ? properties.getUsername()
            : environment.getProperty("spring.datasource.username");
    String password =
        properties.getPassword() != null
            ? properties.getPassword()
            : environment.getProperty("spring.datasource.password");
    ReadReplicas.Builder builder =
        ReadReplicas.builder()
            .fallback(properties.getFallback())
            .recheckInterval(properties.getRecheckInterval());
    try {
      builder
          .poolSize(properties.getPool().getMaxSize())
          .connectionTimeout(properties.getPool().getConnectionTimeout());
    } catch (CairnException e) {
      throw new ReplicaConfigurationException(
          "cairn.replicas.pool", "Invalid cairn.replicas.pool setting: " + e.getMessage(), e);
    }
    List<String> urls = properties.getUrls();
    for (int i = 0; i < urls.size(); i++) {
      String property = "cairn.replicas.urls[" + i + "]";
      String url = urls.get(i) == null ? "" : urls.get(i).strip();
      check(property, url, primary, primaryUrl);
      try {
        builder.url(url, username, password);
      } catch (CairnException e) {
        throw new ReplicaConfigurationException(property, property + ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  private static void check(
      String property, String url, @Nullable Dialect primary, @Nullable String primaryUrl) {
    if (url.isEmpty()) {
      throw new ReplicaConfigurationException(property, property + " is empty", null);
    }
    Dialect replica = Dialects.forUrl(url);
    if (primary != null && replica != null && !primary.name().equals(replica.name())) {
      throw new ReplicaConfigurationException(
          property,
          property
              + " is a "
              + replica.name()
              + " URL ("
              + withoutParameters(url)
              + "), but the primary spring.datasource.url is "
              + primary.name()
              + " ("
              + withoutParameters(primaryUrl)
              + "); a read replica is a copy of the primary database",
          null);
    }
  }

  private static String withoutParameters(@Nullable String url) {
    if (url == null) {
      return "";
    }
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
