package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.SchemaProblem;
import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.boot.autoconfigure.CairnProperties.Schema;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies {@code cairn.schema} to the entity tables when the application starts, as Boot's {@code
 * FlywayMigrationInitializer} applies migrations: in {@link #afterPropertiesSet}, through Core
 * ({@code SessionFactory.validateSchema()}, {@code MetaData.update}), so the work is logged and its
 * errors translated like every statement. {@code validate} fails start-up on missing tables and
 * columns and columns of another type ({@link CairnSchemaValidationException}) and logs the
 * warnings; {@code create} creates missing tables; {@code update} also adds missing columns; {@code
 * create-drop} recreates the tables and drops them when the application stops.
 */
final class CairnSchemaInitializer implements InitializingBean, DisposableBean {

  private static final Log logger = LogFactory.getLog(CairnSchemaInitializer.class);

  private final SessionFactory factory;
  private final Schema mode;

  CairnSchemaInitializer(SessionFactory factory, Schema mode) {
    this.factory = factory;
    this.mode = mode;
  }

  /** The mode applied. */
  Schema mode() {
    return mode;
  }

  @Override
  public void afterPropertiesSet() {
    switch (mode) {
      case NONE -> {}
      case VALIDATE -> validate();
      case CREATE -> factory.createAll();
      case CREATE_DROP -> {
        factory.dropAll();
        factory.createAll();
      }
      case UPDATE -> update();
    }
  }

  @Override
  public void destroy() {
    if (mode == Schema.CREATE_DROP && !factory.engine().isClosed()) {
      factory.dropAll();
    }
  }

  private void validate() {
    List<SchemaProblem> problems = factory.validateSchema();
    for (SchemaProblem problem : problems) {
      if (!problem.isError()) {
        logger.warn("cairn.schema=validate: " + problem.message());
      }
    }
    List<SchemaProblem> errors = problems.stream().filter(SchemaProblem::isError).toList();
    if (!errors.isEmpty()) {
      throw CairnSchemaValidationException.of(errors);
    }
  }

  private void update() {
    try {
      factory.mapping().metaData().update(factory.engine());
    } catch (CairnException e) {
      throw new CairnException("cairn.schema=update failed: " + e.getMessage(), e);
    }
  }
}
