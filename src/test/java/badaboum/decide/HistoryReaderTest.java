package badaboum.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a page's history: our names, a page-analytics export's, and every mistake at once. */
class HistoryReaderTest {

  static History read(String text) {
    return HistoryReader.parse("page.csv", text, false, new ArrayList<>());
  }

  static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    assertThatExceptionOfType(HistoryException.class)
        .isThrownBy(() -> read(text))
        .satisfies(e -> problems.addAll(e.problems()));
    return problems;
  }

  @Test
  void aPageAnalyticsExportWithItsRowOfDescriptions() {
    History h =
        read(
            """
            Date,Lifetime Total Likes,Daily New Likes,Daily Unlikes,Daily Page Engaged Users,Daily Total Reach
            ,"Lifetime: The total number of people who have liked your Page. (Unique Users)","Daily: The number of new people who have liked your Page (Unique Users)","Daily: Unlikes of your Page (Unique Users)","Daily: The number of people who engaged with your Page. (Unique Users)","Daily: The number of people who had any content from your Page or about your Page enter their screen. (Unique Users)"
            2012-03-01,10,10,0,3,40
            2012-03-02,14,4,0,,51
            2012-03-04,20,7,1,5,60
            """);
    assertThat(h.start()).isEqualTo("2012-03-01");
    assertThat(h.lastDay()).isEqualTo(3);
    assertThat(h.columns())
        .containsExactly(
            HistoryColumn.FOLLOWERS,
            HistoryColumn.NEW_FOLLOWERS,
            HistoryColumn.UNFOLLOWS,
            HistoryColumn.REACTIONS,
            HistoryColumn.REACH);
    assertThat(h.series(HistoryColumn.FOLLOWERS)).containsExactly(10, 14, Double.NaN, 20);
    assertThat(h.series(HistoryColumn.REACTIONS)).containsExactly(3, Double.NaN, Double.NaN, 5);
  }

  @Test
  void ourOwnNamesWithDayNumbersAndSemicolons() {
    History h =
        read(
            """
            day;followers;posts
            3;12;1
            4;15;0
            """);
    // day numbers are the scenario's days as written
    assertThat(h.lastDay()).isEqualTo(4);
    assertThat(h.start()).isEmpty();
    assertThat(h.series(HistoryColumn.FOLLOWERS))
        .containsExactly(Double.NaN, Double.NaN, Double.NaN, 12, 15);
    assertThat(h.fitted()).containsExactly(HistoryColumn.FOLLOWERS);
  }

  @Test
  void anUnknownColumnIsAnErrorWithItsPositionUnlessSkipped() {
    String text = "date,followers,Daily Unlike\n2012-03-01,10,1\n";
    assertThat(problems(text))
        .containsExactly(
            "page.csv:1:3: unknown column 'Daily Unlike'; did you mean daily unlikes? Columns"
                + " read: date or day, followers, new_followers, unfollows, reactions, reach,"
                + " posts (or their page-analytics names, e.g. Lifetime Total Likes, Daily New"
                + " Likes); rename or remove it, or give --skip-unknown-columns");
    List<String> skipped = new ArrayList<>();
    History h = HistoryReader.parse("page.csv", text, true, skipped);
    assertThat(skipped).containsExactly("Daily Unlike");
    assertThat(h.columns()).containsExactly(HistoryColumn.FOLLOWERS);
  }

  @Test
  void everyBadCellIsReportedAtOnceWithLineAndColumn() {
    assertThat(
            problems(
                """
                date,followers,new_followers
                2012-03-01,10,1
                01/03/2012,11,1
                2012-03-03,1 200,2
                2012-03-04,-4,
                2012-03-01,12,1
                2012-03-05,13
                """))
        .containsExactly(
            "page.csv:3:1: '01/03/2012' is not a date; write it as 2012-03-01 (year-month-day)",
            "page.csv:4:2: followers is '1 200', not a number (write 1234 or 12.5: no thousands"
                + " separator, a point for decimals)",
            "page.csv:5:2: followers is -4; a count of at least 0 is expected",
            "page.csv:6:1: '2012-03-01' again (line 2 has it too); keep one row a day",
            "page.csv:7:3: 2 cells for 3 columns");
  }

  @Test
  void aFileWithoutDatesOrColumnsToFitSaysWhatIsMissing() {
    assertThat(problems("followers,new_followers\n10,1\n"))
        .containsExactly(
            "page.csv:1:1: no date or day column: name one column date (2012-03-01) or day (0, 1,"
                + " 2 ...)");
    assertThat(problems("date,posts\n2012-03-01,1\n"))
        .containsExactly(
            "page.csv:1:1: no column to fit: give at least one of followers, new_followers,"
                + " unfollows, reactions, reach");
    assertThat(problems(""))
        .containsExactly("page.csv:1: the file is empty; it needs a header row");
  }
}
