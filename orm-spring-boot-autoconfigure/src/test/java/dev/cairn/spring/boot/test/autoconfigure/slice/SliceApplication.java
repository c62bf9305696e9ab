package dev.cairn.spring.boot.test.autoconfigure.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the slice tests find: scans this package. */
@SpringBootApplication
class SliceApplication {}
