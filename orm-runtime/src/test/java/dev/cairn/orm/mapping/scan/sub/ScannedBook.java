package dev.cairn.orm.mapping.scan.sub;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;

/** An entity in a sub-package. */
@Entity
public record ScannedBook(@Id long id, String title) {}
