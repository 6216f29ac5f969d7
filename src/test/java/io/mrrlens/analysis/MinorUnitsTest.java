package io.mrrlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact units and overflow-checked sums (issue 14): an overflow is an error, never a figure. */
class MinorUnitsTest {

  @Test
  void addsExactly() {
    assertEquals(300, MinorUnits.add(100, 200));
    assertEquals(-5, MinorUnits.add(-2, -3));
    assertEquals(Long.MAX_VALUE, MinorUnits.add(Long.MAX_VALUE - 1, 1));
  }

  @Test
  void aSumBeyondALongIsAClearError() {
    AnalysisException e =
        assertThrows(AnalysisException.class, () -> MinorUnits.add(Long.MAX_VALUE, 1));
    assertEquals(
        "the books' sums are too large to compute exactly (beyond 9,223,372,036,854,775,807"
            + " smallest units)",
        e.getMessage());
    assertThrows(AnalysisException.class, () -> MinorUnits.add(Long.MIN_VALUE, -1));
    assertThrows(AnalysisException.class, () -> MinorUnits.multiply(Long.MAX_VALUE / 2, 3));
  }

  @Test
  void theScaleCoversTheFinestValueKept() {
    MinorUnits hours =
        MinorUnits.covering(List.of(new BigDecimal("8"), new BigDecimal("0.300000")), 2);
    assertEquals(2, hours.scale());
    assertEquals(30, hours.units(new BigDecimal("0.300000")));
    assertEquals(new BigDecimal("160.30"), hours.decimal(16_030));
  }
}
