package dev.cairn.spring.boot.autoconfigure.data.ported;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Makes this package an auto-configuration package, as a {@code @SpringBootApplication} does. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class PortedPackage {}
