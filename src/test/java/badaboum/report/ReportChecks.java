package badaboum.report;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.results.Csv;
import badaboum.results.ResultsFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Checks shared by the report's tests: the page parses, and its verdict matches the files. */
final class ReportChecks {
  /** The charts every report has (sensitivity charts come on top for sobol and morris). */
  static final List<String> CHARTS =
      List.of(
          "c-fans",
          "c-active",
          "c-engagement_rate",
          "c-sentiment",
          "c-spend",
          "c-survival",
          "c-final-active");

  private ReportChecks() {}

  /** Parses report.html with an XML parser: it fails on any unbalanced tag or stray '&'. */
  static Document parse(Path html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new InputSource(new StringReader(Files.readString(html))));
  }

  static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    return null;
  }

  static List<Element> withClass(Element root, String tag, String cls) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = root.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        found.add(e);
      }
    }
    return found;
  }

  /**
   * The page is one valid self-contained file: it parses, every chart is an inline SVG, there is no
   * script, and no attribute or text points outside the file: the only URLs are XML namespace names
   * (which browsers never fetch), and every {@code url(...)} refers to an id in the page.
   */
  static void selfContained(Path html, List<String> charts) throws Exception {
    Document doc = parse(html);
    for (String id : charts) {
      Element figure = byId(doc, id);
      assertThat(figure).as("chart %s", id).isNotNull();
      assertThat(figure.getElementsByTagName("svg").getLength()).as("svg of %s", id).isEqualTo(1);
    }
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("link").getLength()).isZero();
    assertThat(doc.getElementsByTagName("img").getLength()).isZero();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = all.item(i).getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attr = (Attr) attributes.item(a);
        String name = attr.getName();
        String value = attr.getValue();
        boolean namespace = name.equals("xmlns") || name.startsWith("xmlns:");
        if (!namespace) {
          assertThat(value).as("%s=%s", name, value).doesNotContainIgnoringCase("http:");
          assertThat(value).as("%s=%s", name, value).doesNotContainIgnoringCase("https:");
          assertThat(value).as("%s=%s", name, value).doesNotContainIgnoringCase("file:");
          assertThat(value).as("%s=%s", name, value).doesNotContainIgnoringCase("data:");
        }
        if (name.equals("href") || name.equals("xlink:href") || name.equals("src")) {
          assertThat(value).as("%s=%s", name, value).startsWith("#");
        }
        Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(value);
        while (url.find()) {
          assertThat(url.group(1)).as("%s=%s", name, value).startsWith("#");
        }
      }
    }
    // Text and CSS: no URL at all, and @import nowhere.
    String text = doc.getDocumentElement().getTextContent();
    assertThat(text).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import");
  }

  /**
   * Every number in the verdict is a marked figure whose value is the CSV cell it names (after its
   * transform), to the digits shown, or the cell's text itself (transform {@code text}, a varied
   * value); and no other digit appears in the verdict, outside arm names, scenario keys, the
   * scenario's own words (its mechanism) and the words "95% CI".
   */
  static int verdictMatchesFiles(Path folder) throws Exception {
    Document doc = parse(ResultsFile.REPORT.in(folder));
    Element verdict = byId(doc, "verdict");
    assertThat(verdict).isNotNull();
    Element list = (Element) verdict.getElementsByTagName("ul").item(0);
    List<Element> figures = withClass(list, "span", "fig");
    for (Element figure : figures) {
      String file = figure.getAttribute("data-file");
      String row = figure.getAttribute("data-row");
      String column = figure.getAttribute("data-column");
      String transform = figure.getAttribute("data-transform");
      if (transform.equals("text")) {
        assertThat(figure.getTextContent())
            .as("%s in the verdict, from %s %s %s", figure.getTextContent(), file, row, column)
            .isEqualTo(cellText(folder, file, row, column));
        continue;
      }
      double cell = cell(folder, file, row, column);
      double expected =
          switch (transform) {
            case "none" -> cell;
            case "percent" -> 100 * cell;
            case "inverse" -> 1 / cell;
            case "negative" -> -cell;
            case "negative_percent" -> -100 * cell;
            default -> throw new AssertionError("unknown transform " + transform);
          };
      String text = figure.getTextContent().replace(",", "").replace("−", "-");
      double shown = Double.parseDouble(text);
      int dot = text.indexOf('.');
      int decimals = dot < 0 ? 0 : text.length() - dot - 1;
      double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-9 * Math.abs(expected);
      assertThat(shown)
          .as(
              "%s in the verdict, from %s %s %s (%s) = %s",
              text, file, row, column, transform, cell)
          .isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance));
    }
    Element copy = (Element) list.cloneNode(true);
    removeMarked(copy);
    assertThat(copy.getTextContent().replace("95% CI", ""))
        .as("digits in the verdict outside marked figures")
        .doesNotContainPattern("[0-9]");
    return figures.size();
  }

  private static void removeMarked(Node node) {
    NodeList children = node.getChildNodes();
    for (int i = children.getLength() - 1; i >= 0; i--) {
      Node child = children.item(i);
      if (child instanceof Element e) {
        List<String> classes = List.of(e.getAttribute("class").split(" "));
        if (classes.contains("fig")
            || classes.contains("arm")
            || classes.contains("key")
            || classes.contains("said")) {
          node.removeChild(child);
          continue;
        }
      }
      removeMarked(child);
    }
  }

  /** The value of a cell named by a figure: file, key columns, column. */
  static double cell(Path folder, String file, String row, String column) throws IOException {
    if (file.equals("manifest.json")) {
      JsonNode manifest = new ObjectMapper().readTree(folder.resolve(file).toFile());
      return manifest.at(column).asDouble();
    }
    return Double.parseDouble(cellText(folder, file, row, column));
  }

  /** The text of a CSV cell named by a figure, as the file holds it (never empty). */
  static String cellText(Path folder, String file, String row, String column) throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve(file));
    List<String> header = Csv.fields(lines.get(0));
    int target = header.indexOf(column);
    assertThat(target).as("column %s of %s", column, file).isNotNegative();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = Csv.fields(line);
      boolean match = true;
      for (String pair : row.split(";")) {
        String[] kv = pair.split("=", 2);
        match &= cells.get(header.indexOf(kv[0])).equals(kv[1]);
      }
      if (match) {
        String value = cells.get(target);
        assertThat(value).as("%s %s %s", file, row, column).isNotEmpty();
        return value;
      }
    }
    throw new AssertionError("no row " + row + " in " + file);
  }
}
