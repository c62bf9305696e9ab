package dev.cairn.spring.boot.autoconfigure.data.other;

import dev.cairn.spring.data.config.EnableCairnRepositories;
import org.springframework.context.annotation.Configuration;

/**
 * Enables the repositories of this package explicitly, as an application outside Boot's packages
 * does.
 */
@Configuration(proxyBeanMethods = false)
@EnableCairnRepositories(basePackageClasses = NoteRepository.class)
public class NoteConfiguration {}
