package dev.cairn.orm.internal.session;

/** The identity-map key of a row: entity class and key value (a List for a composite key). */
record EntityKey(Class<?> type, Object id) {}
