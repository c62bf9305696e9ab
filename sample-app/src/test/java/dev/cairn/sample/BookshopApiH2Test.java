package dev.cairn.sample;

import org.springframework.test.context.TestPropertySource;

/** The REST API on an in-memory H2 database of its own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bookshop-api;DB_CLOSE_DELAY=-1")
class BookshopApiH2Test extends BookshopApiTest {}
