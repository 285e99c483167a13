package id.suarawarga.feedback.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementCodesTest {

    @Test
    void ordersCodesByTheirNumberSoU10ComesAfterU9() {
        List<String> codes = new ArrayList<>(List.of("U10", "U2", "U9", "U1", "U11", "S1", "U3"));
        codes.sort(ElementCodes.NATURAL_ORDER);
        assertEquals(List.of("S1", "U1", "U2", "U3", "U9", "U10", "U11"), codes);
    }

    @Test
    void keepsDistinctSpellingsOfTheSameNumberApart() {
        // A TreeMap with this comparator must not merge U01 into U1.
        assertNotEquals(0, ElementCodes.NATURAL_ORDER.compare("U01", "U1"));
        assertEquals(0, ElementCodes.NATURAL_ORDER.compare("U7", "U7"));
        assertEquals(-1, Integer.signum(ElementCodes.NATURAL_ORDER.compare("U", "U1")));
    }
}
