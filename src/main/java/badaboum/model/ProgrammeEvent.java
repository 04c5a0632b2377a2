package badaboum.model;

/** Something a facilitator wants to see in the log: a contest, a crisis, a review, the end. */
public record ProgrammeEvent(int day, String brand, String text) {}
