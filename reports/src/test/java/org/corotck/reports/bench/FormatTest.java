package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers in the reports: three significant figures, thousands separated, also where rounding crosses a decade. */
class FormatTest {
    @Test
    void threeSignificantFiguresWithThousandsSeparated() {
        assertEquals("12,345", Format.number(12_345.4));
        assertEquals("978", Format.number(978.2));
        assertEquals("12.3", Format.number(12.34));
        assertEquals("1.26", Format.number(1.264));
        assertEquals("0.063", Format.number(0.0634));
        assertEquals("-1,500", Format.number(-1_500));
    }

    @Test
    void aValueThatRoundsUpToTheNextDecadeIsWrittenAsThatDecadeIs() {
        assertEquals("1,000", Format.number(999.6)); // was "1000", beside "1,085" in the same cell
        assertEquals("100", Format.number(99.96)); // was "100.0"
        assertEquals("10.0", Format.number(9.996)); // was "10.00"
        assertEquals("1.00", Format.number(0.9996)); // was "1.000"
        assertEquals("999", Format.number(999.4));
    }
}
