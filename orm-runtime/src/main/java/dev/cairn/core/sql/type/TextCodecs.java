package dev.cairn.core.sql.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * Codecs for character and binary strings: {@code setString}/{@code setBytes} and their getters.
 */
final class TextCodecs {

  static final JdbcCodec<String> STRING = new StringCodec();
  static final JdbcCodec<byte[]> BYTES = new BytesCodec();

  private static final byte[] EMPTY = new byte[0];

  private TextCodecs() {}

  private static final class StringCodec implements JdbcCodec<String> {
    @Override
    public void bind(PreparedStatement statement, int index, @Nullable String value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.VARCHAR);
      } else {
        statement.setString(index, value);
      }
    }

    @Override
    public @Nullable String read(ResultSet resultSet, int index) throws SQLException {
      return resultSet.getString(index);
    }
  }

  private static final class BytesCodec implements JdbcCodec<byte[]> {
    @Override
    public void bind(PreparedStatement statement, int index, byte @Nullable [] value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.VARBINARY);
      } else {
        statement.setBytes(index, value);
      }
    }

    @Override
    public byte @Nullable [] read(ResultSet resultSet, int index) throws SQLException {
      byte[] value = resultSet.getBytes(index);
      // Some drivers (SQLite) hand back null for a zero-length value that is not SQL NULL.
      return value == null && !resultSet.wasNull() ? EMPTY.clone() : value;
    }
  }
}
