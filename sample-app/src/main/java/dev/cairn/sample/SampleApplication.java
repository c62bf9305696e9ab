package dev.cairn.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Cairn sample application: a bookshop REST API. Entities ({@code domain}) are scanned from
 * this package, repositories and services live in {@code catalog}, a Session-based report in {@code
 * report}, the controllers in {@code web}.
 */
@SpringBootApplication
public class SampleApplication {

  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
