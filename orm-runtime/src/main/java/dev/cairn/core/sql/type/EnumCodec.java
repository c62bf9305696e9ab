package dev.cairn.core.sql.type;

import dev.cairn.core.CairnException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Stores an enum constant by {@code name()} and finds it again through a prebuilt name map. */
final class EnumCodec<E extends Enum<E>> implements JdbcCodec<E> {

  private final Class<E> enumClass;
  private final Map<String, E> byName;

  EnumCodec(Class<E> enumClass) {
    this.enumClass = enumClass;
    E[] constants = enumClass.getEnumConstants();
    Map<String, E> names = new HashMap<>(constants.length * 2);
    for (E constant : constants) {
      names.put(constant.name(), constant);
    }
    this.byName = Map.copyOf(names);
  }

  @Override
  public void bind(PreparedStatement statement, int index, @Nullable E value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value.name());
    }
  }

  @Override
  public @Nullable E read(ResultSet resultSet, int index) throws SQLException {
    String name = resultSet.getString(index);
    if (name == null) {
      return null;
    }
    E constant = byName.get(name);
    if (constant == null) {
      throw new CairnException(
          "Column value '"
              + name
              + "' is not a constant of enum "
              + enumClass.getName()
              + " (constants: "
              + String.join(", ", byName.keySet().stream().sorted().toList())
              + "); fix the stored value or add the constant to the enum");
    }
    return constant;
  }
}
