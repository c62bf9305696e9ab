package dev.cairn.sample.web;

import dev.cairn.sample.api.AuthorStats;
import dev.cairn.sample.report.AuthorReport;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/reports/authors}: books, reviews and average rating per author. */
@RestController
class ReportController {

  private final AuthorReport report;

  ReportController(AuthorReport report) {
    this.report = report;
  }

  @GetMapping("/api/reports/authors")
  List<AuthorStats> authors() {
    return report.authors();
  }
}
