package dev.cairn.sample.catalog;

import dev.cairn.sample.domain.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns tag names into tags: the known ones loaded in one query, the others new. */
@Component
class TagResolver {

  private final TagRepository tags;

  TagResolver(TagRepository tags) {
    this.tags = tags;
  }

  /**
   * The tags named {@code names} (trimmed, lower-cased, duplicates dropped), existing ones reused;
   * new ones are transient until the book that holds them is saved.
   */
  List<Tag> resolve(List<String> names) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String name : names) {
      wanted.add(name.strip().toLowerCase(Locale.ROOT));
    }
    if (wanted.isEmpty()) {
      return List.of();
    }
    Map<String, Tag> known =
        tags.findByNameIn(wanted).stream()
            .collect(Collectors.toMap(Tag::getName, Function.identity()));
    List<Tag> result = new ArrayList<>();
    for (String name : wanted) {
      result.add(known.getOrDefault(name, new Tag(name)));
    }
    return result;
  }
}
