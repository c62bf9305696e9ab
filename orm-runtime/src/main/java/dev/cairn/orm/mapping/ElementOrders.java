package dev.cairn.orm.mapping;

import dev.cairn.orm.annotation.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a collection's {@code @OrderBy("name, visitDate DESC")} against the element entity once,
 * when the mapping is built; a name that is no property of the element fails, naming the field.
 */
final class ElementOrders {

  private ElementOrders() {}

  /**
   * The ordering {@code relationship} of {@code owner} declares (empty without {@code OrderBy}).
   */
  static List<ElementOrder> of(EntityModel<?> owner, RelationshipModel relationship) {
    OrderBy annotation = relationship.orderByAnnotation();
    if (annotation == null) {
      return List.of();
    }
    EntityModel<?> target = relationship.target();
    String value = annotation.value().strip();
    List<ElementOrder> orders = new ArrayList<>();
    if (value.isEmpty()) {
      for (PropertyModel id : target.idProperties()) {
        orders.add(new ElementOrder(id, false));
      }
      return List.copyOf(orders);
    }
    for (String item : value.split(",", -1)) {
      String[] words = item.strip().split("\\s+");
      if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
        throw error(owner, relationship, annotation, "'" + item.strip() + "' is not a sort item");
      }
      boolean descending = false;
      if (words.length == 2) {
        String direction = words[1].toUpperCase(Locale.ROOT);
        if (!direction.equals("ASC") && !direction.equals("DESC")) {
          throw error(
              owner,
              relationship,
              annotation,
              "'" + words[1] + "' after " + words[0] + " is neither ASC nor DESC");
        }
        descending = direction.equals("DESC");
      }
      PropertyModel property = target.findProperty(words[0]);
      if (property == null) {
        throw error(owner, relationship, annotation, unknown(target, words[0]));
      }
      orders.add(new ElementOrder(property, descending));
    }
    return List.copyOf(orders);
  }

  private static String unknown(EntityModel<?> target, String name) {
    String problem = target.name() + " has no property '" + name + "'";
    for (PropertyModel property : target.columnProperties()) {
      if (property.columnName().equalsIgnoreCase(name) && !property.name().equals(name)) {
        return problem + " (" + name + " is the column of its property " + property.name() + ")";
      }
    }
    return problem
        + "; its properties are "
        + target.columnProperties().stream()
            .filter(p -> !p.isCollectionKey())
            .map(PropertyModel::name)
            .toList();
  }

  private static MappingException error(
      EntityModel<?> owner, RelationshipModel relationship, OrderBy annotation, String problem) {
    return new MappingException(
        owner.javaType(),
        relationship.name(),
        "Field "
            + owner.javaType().getSimpleName()
            + "."
            + relationship.name()
            + " has @OrderBy(\""
            + annotation.value()
            + "\"), but "
            + problem
            + "; write property names of "
            + relationship.target().name()
            + " (not columns), each optionally followed by ASC or DESC, separated by commas");
  }
}
