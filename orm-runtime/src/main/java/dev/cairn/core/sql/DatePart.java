package dev.cairn.core.sql;

/**
 * A part of a date or timestamp, for {@link Functions#extract}, and a unit of time, for {@link
 * Functions#dateTrunc} and {@link Functions#dateAdd}. Weeks are ISO 8601 weeks on every database:
 * they start on Monday, and week 1 is the week with the year's first Thursday.
 */
public enum DatePart {
  /** The year, e.g. 2005. */
  YEAR,
  /** The quarter of the year, 1 to 4. */
  QUARTER,
  /** The month, 1 to 12. */
  MONTH,
  /** The ISO 8601 week of the year, 1 to 53; as a unit, a week starting on Monday. */
  WEEK,
  /** The day of the month, 1 to 31. */
  DAY,
  /** The ISO 8601 day of the week, 1 (Monday) to 7 (Sunday); extract only. */
  DAY_OF_WEEK,
  /** The day of the year, 1 to 366; extract only. */
  DAY_OF_YEAR,
  /** The hour, 0 to 23. */
  HOUR,
  /** The minute, 0 to 59. */
  MINUTE,
  /** The second, 0 to 59, without its fraction. */
  SECOND;

  /** Whether this part is also a unit of time ({@code dateTrunc}, {@code dateAdd}). */
  public boolean isUnit() {
    return this != DAY_OF_WEEK && this != DAY_OF_YEAR;
  }

  /** Whether this part needs a time of day, so it cannot apply to a DATE. */
  public boolean isTimeOfDay() {
    return this == HOUR || this == MINUTE || this == SECOND;
  }
}
