/**
 * The REST API: Spring MVC controllers that validate input, call the services and answer with API
 * records as JSON; errors are RFC 9457 problem details ({@code application/problem+json}).
 */
@NullMarked
package dev.cairn.sample.web;

import org.jspecify.annotations.NullMarked;
