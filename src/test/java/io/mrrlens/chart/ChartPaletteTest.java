package io.mrrlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import org.junit.jupiter.api.Test;

/** The charts' type: the DejaVu Sans files in mrrlens's jar, not whatever the machine has. */
public class ChartPaletteTest {

  @Test
  void chartsDrawWithTheBundledDejaVuSans() {
    assertEquals("DejaVu Sans", ChartPalette.TICK_LABEL.getFamily());
    assertEquals("DejaVu Sans", ChartPalette.TITLE.getFamily());
    assertEquals("DejaVuSans-Bold", ChartPalette.TITLE.getPSName());
    assertEquals(18f, ChartPalette.TITLE.getSize2D());
    assertEquals(Font.PLAIN, ChartPalette.TICK_LABEL.getStyle());
    assertEquals(12f, ChartPalette.TICK_LABEL.getSize2D());
  }
}
