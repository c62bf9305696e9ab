/** Spring Boot auto-configuration for Cairn: the engine on the application's data source. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
