package dev.cairn.spring.data.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * How a query method returns its rows — a {@code Page} (with a count), a {@code Slice} (one row
 * more than asked, to know whether a next slice exists), a {@code Stream}, a collection, an {@code
 * Optional} or a single object — worked out from the return type when the repository is created.
 */
enum ResultShape {
  PAGE,
  SLICE,
  STREAM,
  COLLECTION,
  OPTIONAL,
  SINGLE;

  /** Where the rows come from: a fetch with offset and limit, and a count for pages. */
  interface Source {

    /** The rows after skipping {@code offset}, at most {@code limit} when it is not null. */
    List<?> fetch(long offset, @Nullable Long limit);

    /** How many rows there are in all, for {@code Page} totals. */
    long count();

    /** All rows as a stream the caller closes; by default the fetched list's. */
    default Stream<?> stream(@Nullable Long limit) {
      return fetch(0, limit).stream();
    }
  }

  /**
   * The shape of {@code method}'s return type; a failure naming the method for a type no Cairn
   * query returns.
   */
  static ResultShape of(CairnQueryMethod method) {
    Class<?> type = method.method().getReturnType();
    if (method.isPageQuery()) {
      return PAGE;
    }
    if (method.isSliceQuery()) {
      return SLICE;
    }
    if (method.isStreamQuery()) {
      return STREAM;
    }
    if (type == Optional.class) {
      return OPTIONAL;
    }
    if (method.isCollectionQuery()) {
      if (!type.isAssignableFrom(List.class) && !type.isArray()) {
        throw method.failure(
            "it returns " + type.getSimpleName() + ", which Cairn does not fill",
            "return a List, Collection, Iterable, Stream, Page, Slice, Optional or one object");
      }
      return COLLECTION;
    }
    if (method.isScrollQuery()
        || type.getName().startsWith("java.util.concurrent")
        || Map.class.isAssignableFrom(type)) {
      throw method.failure(
          "it returns " + type.getSimpleName() + ", which Cairn does not support",
          "return a List, Collection, Iterable, Stream, Page, Slice, Optional or one object");
    }
    return SINGLE;
  }

  /**
   * The result from {@code source}, each row mapped by {@code mapper}: paged by {@code pageable},
   * at most {@code maxResults} (Top/First) when not null.
   */
  @Nullable Object run(
      Source source,
      Pageable pageable,
      @Nullable Integer maxResults,
      Function<Object, @Nullable Object> mapper) {
    Long max = maxResults == null ? null : maxResults.longValue();
    switch (this) {
      case PAGE -> {
        if (pageable.isUnpaged()) {
          return new PageImpl<>(map(source.fetch(0, max), mapper));
        }
        List<@Nullable Object> content =
            map(source.fetch(pageable.getOffset(), limit(pageable.getPageSize(), max)), mapper);
        return PageableExecutionUtils.getPage(content, pageable, source::count);
      }
      case SLICE -> {
        if (pageable.isUnpaged()) {
          List<@Nullable Object> all = map(source.fetch(0, max), mapper);
          return new SliceImpl<>(all, pageable, false);
        }
        int size = pageable.getPageSize();
        List<@Nullable Object> content =
            map(source.fetch(pageable.getOffset(), limit(size + 1, max)), mapper);
        boolean more = content.size() > size;
        return (Slice<?>)
            new SliceImpl<>(more ? content.subList(0, size) : content, pageable, more);
      }
      case STREAM -> {
        return source.stream(max).map(mapper);
      }
      case COLLECTION -> {
        return map(page(source, pageable, max), mapper);
      }
      default -> {
        List<?> rows = page(source, pageable, max == null ? 2L : Math.min(max, 2L));
        if (rows.size() > 1) {
          throw new IncorrectResultSizeDataAccessException(
              "The query returned more than one result; use Top/First or return a List", 1);
        }
        Object only = rows.isEmpty() ? null : mapper.apply(rows.get(0));
        return this == OPTIONAL ? Optional.ofNullable(only) : only;
      }
    }
  }

  private static List<?> page(Source source, Pageable pageable, @Nullable Long max) {
    return pageable.isUnpaged()
        ? source.fetch(0, max)
        : source.fetch(pageable.getOffset(), limit(pageable.getPageSize(), max));
  }

  private static Long limit(long size, @Nullable Long max) {
    return max == null ? size : Math.min(size, max);
  }

  private static List<@Nullable Object> map(
      Collection<?> rows, Function<Object, @Nullable Object> mapper) {
    List<@Nullable Object> mapped = new ArrayList<>(rows.size());
    for (Object row : rows) {
      mapped.add(mapper.apply(row));
    }
    return mapped;
  }
}
