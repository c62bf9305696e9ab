package dev.cairn.orm.internal.session;

import dev.cairn.core.CairnException;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.List;

/** Checks key values given to {@code Session.get}. */
final class Ids {

  private Ids() {}

  /** Fails naming entity, expected and given type unless {@code id} fits {@code model}'s key. */
  static void check(EntityModel<?> model, Object id) {
    if (id == null) {
      throw new CairnException(
          "Cannot get " + model.name() + " with a null id; pass its key value");
    }
    List<PropertyModel> ids = model.idProperties();
    if (ids.size() == 1) {
      checkOne(model, ids.get(0), id);
      return;
    }
    if (!(id instanceof List<?> parts) || parts.size() != ids.size()) {
      throw new CairnException(
          model.name()
              + " has a composite key "
              + ids.stream().map(PropertyModel::name).toList()
              + "; pass a List of "
              + ids.size()
              + " values in that order, not "
              + id.getClass().getSimpleName()
              + " "
              + id);
    }
    for (int i = 0; i < ids.size(); i++) {
      checkOne(model, ids.get(i), parts.get(i));
    }
  }

  private static void checkOne(EntityModel<?> model, PropertyModel property, Object value) {
    Class<?> expected = wrap(property.javaType());
    if (value == null || !expected.isInstance(value)) {
      throw new CairnException(
          "Wrong id type for "
              + model.name()
              + "."
              + property.name()
              + ": expected "
              + expected.getSimpleName()
              + " but was given "
              + (value == null ? "null" : value.getClass().getSimpleName())
              + "; pass a value of type "
              + expected.getSimpleName()
              + " (convert it first)");
    }
  }

  static Class<?> wrap(Class<?> type) {
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }
}
