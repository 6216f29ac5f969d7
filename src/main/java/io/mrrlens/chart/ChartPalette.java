package io.mrrlens.chart;

import io.mrrlens.analysis.Grade;
import io.mrrlens.analysis.Segment;
import io.mrrlens.projection.Scenario;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.DatasetUtils;

/**
 * The one look of every chart: a colour-blind-friendly palette (Okabe and Ito) for segments, aging
 * buckets, grades, invoice kinds and projection scenarios, DejaVu Sans type, a white ground with
 * light grey gridlines, and no borders, gradients or shadows.
 */
final class ChartPalette {
  static final Color BLUE = new Color(0x0072B2);
  static final Color SKY_BLUE = new Color(0x56B4E9);
  static final Color BLUISH_GREEN = new Color(0x009E73);
  static final Color YELLOW = new Color(0xE8C93A);
  static final Color ORANGE = new Color(0xE69F00);
  static final Color VERMILLION = new Color(0xD55E00);
  static final Color REDDISH_PURPLE = new Color(0xCC79A7);
  static final Color DARK_RED = new Color(0x8E1B1B);
  static final Color GREY = new Color(0x9E9E9E);
  static final Color DARK_GREY = new Color(0x6E6E6E);

  static final Color INK = new Color(0x222222);
  static final Color MUTED_INK = new Color(0x5F5F5F);
  static final Color GRIDLINE = new Color(0xDDDDDD);
  static final Color MARKER = new Color(0x333333);

  static final Color DARK_PURPLE = new Color(0x5B2A86);
  static final Color NEAR_BLACK = new Color(0x262626);

  /**
   * The aging buckets, current to over 365 days: green through yellow, orange and red to dark
   * purple and near black, each distinct from its neighbours; grades A to F take the first five.
   */
  static final List<Color> AGING =
      List.of(BLUISH_GREEN, YELLOW, ORANGE, VERMILLION, DARK_RED, DARK_PURPLE, NEAR_BLACK);

  /** Monthly revenue by kind: recurring, T&M, project, product and other. */
  static final List<Color> KINDS = List.of(BLUE, VERMILLION, REDDISH_PURPLE, GREY);

  private static final Font REGULAR = face("DejaVuSans.ttf", Font.PLAIN);
  private static final Font BOLD = face("DejaVuSans-Bold.ttf", Font.BOLD);
  static final Font TITLE = BOLD.deriveFont(18f);
  static final Font SUBTITLE = REGULAR.deriveFont(13f);
  static final Font AXIS_LABEL = REGULAR.deriveFont(13f);
  static final Font TICK_LABEL = REGULAR.deriveFont(12f);
  static final Font SMALL_TICK_LABEL = REGULAR.deriveFont(10f);
  static final Font ITEM_LABEL = REGULAR.deriveFont(11f);
  static final Font LEGEND = REGULAR.deriveFont(12f);
  static final Font NO_DATA = REGULAR.deriveFont(16f);

  private ChartPalette() {}

  /** The colour of a segment; managed and hybrid are both blue, as both hold a contract. */
  static Color segment(Segment segment) {
    return switch (segment) {
      case MANAGED -> BLUE;
      case HYBRID -> SKY_BLUE;
      case BREAK_FIX -> VERMILLION;
      case PROJECT_ONLY -> REDDISH_PURPLE;
      case INACTIVE -> GREY;
    };
  }

  /** The colour of a payment grade, on the aging scale: A like current, F like 91-180 days. */
  static Color grade(Grade grade) {
    if (grade == null) {
      return GREY;
    }
    return switch (grade) {
      case A -> AGING.get(0);
      case B -> AGING.get(1);
      case C -> AGING.get(2);
      case D -> AGING.get(3);
      case F -> AGING.get(4);
      case NONE -> GREY;
    };
  }

  /**
   * The colour of a projection scenario: the status quo a neutral grey (a line strong enough to
   * read on white), the transition blue and the middle path orange.
   */
  static Color scenario(Scenario scenario) {
    return switch (scenario) {
      case STATUS_QUO -> DARK_GREY;
      case TRANSITION -> BLUE;
      case MIDDLE_PATH -> ORANGE;
    };
  }

  /**
   * The fill of a scenario's band, drawn see-through: its colour, but the status quo in the lighter
   * grey, as its band lies under the others' and would darken them.
   */
  static Color scenarioBand(Scenario scenario) {
    return scenario == Scenario.STATUS_QUO ? GREY : scenario(scenario);
  }

  /** A bar renderer's flat look: no gradient, no shadow, thin white outlines between stacks. */
  static void flat(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.0);
    renderer.setDefaultItemLabelFont(ITEM_LABEL);
    renderer.setDefaultItemLabelPaint(INK);
    renderer.setDefaultLegendTextFont(LEGEND);
  }

  /** Gives a finished chart the house look: ground, type, gridlines, legend and titles. */
  static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(14, 16, 12, 20));
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(TITLE);
      title.setPaint(INK);
      title.setHorizontalAlignment(HorizontalAlignment.LEFT);
      title.setMargin(0, 0, 4, 0);
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title subtitle = chart.getSubtitle(i);
      if (subtitle instanceof LegendTitle legend) {
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemFont(LEGEND);
        legend.setItemPaint(INK);
        legend.setMargin(new RectangleInsets(10, 0, 0, 0));
      } else if (subtitle instanceof TextTitle text) {
        text.setFont(SUBTITLE);
        text.setPaint(MUTED_INK);
        text.setHorizontalAlignment(HorizontalAlignment.LEFT);
        text.setMargin(0, 0, 10, 0);
      }
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setNoDataMessage("No data");
    plot.setNoDataMessageFont(NO_DATA);
    plot.setNoDataMessagePaint(MUTED_INK);
    plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    BasicStroke gridline = new BasicStroke(1.0f);
    if (plot instanceof CategoryPlot category) {
      category.setRangeGridlinePaint(GRIDLINE);
      category.setRangeGridlineStroke(gridline);
      category.setDomainGridlinesVisible(false);
      category.setAxisOffset(RectangleInsets.ZERO_INSETS);
      axes(category.getDomainAxis(), category.getRangeAxis());
      spaced(category.getRangeAxis(), category.getOrientation() == PlotOrientation.VERTICAL);
      if (DatasetUtils.isEmptyOrNull(category.getDataset())) {
        empty(category.getDomainAxis(), category.getRangeAxis());
        category.setRangeGridlinesVisible(false);
      }
    } else if (plot instanceof XYPlot xy) {
      xy.setRangeGridlinePaint(GRIDLINE);
      xy.setRangeGridlineStroke(gridline);
      xy.setDomainGridlinePaint(GRIDLINE);
      xy.setDomainGridlineStroke(gridline);
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
      axes(xy.getDomainAxis(), xy.getRangeAxis());
      boolean vertical = xy.getOrientation() == PlotOrientation.VERTICAL;
      spaced(xy.getDomainAxis(), !vertical);
      spaced(xy.getRangeAxis(), vertical);
      if (DatasetUtils.isEmptyOrNull(xy.getDataset())) {
        empty(xy.getDomainAxis(), xy.getRangeAxis());
        xy.setDomainGridlinesVisible(false);
        xy.setRangeGridlinesVisible(false);
      }
    }
  }

  private static void axes(Axis... axes) {
    Arrays.stream(axes)
        .forEach(
            axis -> {
              axis.setLabelFont(AXIS_LABEL);
              axis.setLabelPaint(MUTED_INK);
              axis.setTickLabelPaint(INK);
              axis.setTickLabelFont(TICK_LABEL);
              axis.setAxisLinePaint(GRIDLINE.darker());
              axis.setTickMarkPaint(GRIDLINE.darker());
            });
  }

  /** Without data, axes would show a made-up scale of 0 to 1: only their names stay. */
  private static void empty(Axis... axes) {
    for (Axis axis : axes) {
      axis.setTickLabelsVisible(false);
      axis.setTickMarksVisible(false);
    }
  }

  /**
   * Keeps a number axis's ticks apart: JFreeChart picks the finest tick unit whose labels do not
   * touch, which crowds the axis; wider label insets along the axis make it pick one with air.
   */
  private static void spaced(ValueAxis axis, boolean vertical) {
    if (axis instanceof NumberAxis) {
      axis.setTickLabelInsets(
          vertical ? new RectangleInsets(16, 4, 16, 6) : new RectangleInsets(6, 22, 4, 22));
    }
  }

  /**
   * DejaVu Sans from mrrlens's own jar (the font the PDF embeds), so that a chart is drawn alike on
   * every machine whatever fonts it has; the JDK's sans-serif only when the file cannot be read.
   */
  private static Font face(String file, int style) {
    try (InputStream in = ChartPalette.class.getResourceAsStream("/io/mrrlens/fonts/" + file)) {
      if (in != null) {
        return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(style, 12f);
      }
    } catch (IOException | FontFormatException e) {
      // The JDK's font below still draws every chart.
    }
    return new Font(Font.SANS_SERIF, style, 12);
  }
}
