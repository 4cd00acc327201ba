package org.psephos.text;

import static org.psephos.text.ChartLayout.MARGIN;
import static org.psephos.text.ChartLayout.WIDTH;
import static org.psephos.text.ChartText.escape;

/**
 * Writes a chart layout as an SVG element, placing its parts from top to bottom: the title and
 * subtitle lines, each section's heading and bars, the footer lines; the height follows from them.
 */
final class SvgWriter {
  static final String FONT = "Helvetica, Arial, sans-serif";
  private static final int ROW = 30;
  private static final int BAR = 20;
  private static final int TITLE_LINE = 24;
  private static final int SUBTITLE_LINE = 17;
  private static final int SOURCE_LINE = 15;
  private static final String INK = "#1A1A1A";
  private static final String GREY = "#4D4D4D";

  private final ChartLayout layout;
  private final StringBuilder svg = new StringBuilder();
  private int y;

  private SvgWriter(ChartLayout layout) {
    this.layout = layout;
  }

  /**
   * The {@code svg} element of a layout, for a file of its own or inside a page.
   *
   * @param layout the layout
   * @return the element, without a trailing line feed
   */
  static String write(ChartLayout layout) {
    return new SvgWriter(layout).element();
  }

  private String element() {
    y = 38;
    for (String line : layout.titleLines) {
      text("title", MARGIN, y, 20, true, INK, false, line);
      y += TITLE_LINE;
    }
    for (String line : layout.subtitleLines) {
      text("subtitle", MARGIN, y, 13, false, GREY, false, line);
      y += SUBTITLE_LINE;
    }
    y += 19;
    for (ChartLayout.Section section : layout.sections) {
      section(section);
      y += 24;
    }
    y -= 4;
    for (String line : layout.sourceLines) {
      text("source", MARGIN, y, 11, false, "#666666", false, line);
      y += SOURCE_LINE;
    }
    int height = y + 8;
    return header(height) + svg + "</svg>";
  }

  private void section(ChartLayout.Section section) {
    text("section", MARGIN, y + 6, 15, true, INK, false, section.heading());
    y += 22;
    svg.append("  <g class=\"").append(section.cssClass()).append("\">\n");
    for (ChartLayout.Bar bar : section.bars()) {
      bar(bar, section.track());
      y += ROW;
    }
    if (section.bars().isEmpty()) {
      text("empty", layout.barX, y + 15, 13, false, GREY, false, section.empty());
      y += ROW;
    }
    svg.append("  </g>\n");
  }

  /** One labelled bar; a council bar sits on a light track as long as every council expected. */
  private void bar(ChartLayout.Bar bar, boolean track) {
    int barX = layout.barX;
    svg.append("    <g class=\"row\" data-party=\"").append(escape(bar.partyId())).append("\">\n");
    svg.append("  ");
    text("label", MARGIN + layout.labelWidth, y + 15, 14, false, INK, true, bar.label());
    if (track) {
      svg.append("      <rect class=\"track\"");
      box(barX, layout.barWidth).append(" fill=\"#F2F2F2\"/>\n");
    }
    svg.append("      <rect class=\"bar\" data-party=\"")
        .append(escape(bar.partyId()))
        .append("\" ")
        .append(bar.figureName())
        .append("=\"")
        .append(bar.figure())
        .append('"');
    if (bar.change() != null) {
      svg.append(" data-change=\"").append(bar.change()).append('"');
    }
    box(barX, bar.length()).append(" fill=\"").append(bar.colour()).append("\"/>\n");
    int valueX = barX + (track ? Math.max(bar.length(), layout.barWidth) : bar.length()) + 8;
    svg.append("      <text class=\"value\" x=\"")
        .append(valueX)
        .append("\" y=\"")
        .append(y + 15)
        .append("\" font-size=\"14\" fill=\"")
        .append(INK)
        .append("\"><tspan font-weight=\"bold\">")
        .append(escape(bar.value()))
        .append("</tspan>");
    if (!bar.changeText().isEmpty()) {
      svg.append("<tspan class=\"change\" dx=\"5\" fill=\"")
          .append(GREY)
          .append("\">")
          .append(escape(bar.changeText()))
          .append("</tspan>");
    }
    svg.append("</text>\n    </g>\n");
  }

  private StringBuilder box(int x, int width) {
    return svg.append(" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(BAR)
        .append('"');
  }

  /** The {@code svg} start tag, title, description and background of a chart this tall. */
  private String header(int height) {
    String size = " width=\"" + WIDTH + "\" height=\"" + height + "\"";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
        + size
        + " viewBox=\"0 0 "
        + WIDTH
        + ' '
        + height
        + "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\""
        + FONT
        + "\">\n"
        + "  <title id=\"chart-title\">"
        + escape(layout.title + ": " + layout.subtitle)
        + "</title>\n"
        + "  <desc id=\"chart-desc\">"
        + escape(layout.description())
        + "</desc>\n"
        + "  <rect class=\"background\" x=\"0\" y=\"0\""
        + size
        + " fill=\"#FFFFFF\"/>\n";
  }

  private void text(
      String cssClass,
      int x,
      int atY,
      int size,
      boolean bold,
      String fill,
      boolean endAnchored,
      String content) {
    svg.append("  <text class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(atY)
        .append("\" font-size=\"")
        .append(size)
        .append('"');
    if (bold) {
      svg.append(" font-weight=\"bold\"");
    }
    if (endAnchored) {
      svg.append(" text-anchor=\"end\"");
    }
    svg.append(" fill=\"")
        .append(fill)
        .append("\">")
        .append(escape(content))
        .append("</text>\n");
  }
}
