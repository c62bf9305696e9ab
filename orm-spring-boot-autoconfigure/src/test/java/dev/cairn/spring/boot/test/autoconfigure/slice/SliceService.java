package dev.cairn.spring.boot.test.autoconfigure.slice;

import org.springframework.stereotype.Service;

/** A component of the application that a {@code @CairnTest} must leave out. */
@Service
class SliceService {}
