package dev.cairn.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Cairn sample application: a small notes service on Cairn Core. */
@SpringBootApplication
public class SampleApplication {

  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
