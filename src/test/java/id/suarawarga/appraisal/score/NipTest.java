package id.suarawarga.appraisal.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NipTest {

    @Test
    void theDomainExampleIsValid() {
        assertTrue(Nip.valid("198609262015051001"));
        assertTrue(Nip.valid("199001012019032002"));
    }

    @Test
    void structureIsChecked() {
        assertFalse(Nip.valid(null));
        assertFalse(Nip.valid("19860926201505100"), "17 digits");
        assertFalse(Nip.valid("1986092620150510011"), "19 digits");
        assertFalse(Nip.valid("19860926201505100a"));
        assertFalse(Nip.valid("198613262015051001"), "month 13");
        assertFalse(Nip.valid("198602302015051001"), "30 February");
        assertFalse(Nip.valid("198609262015131001"), "appointment month 13");
        assertFalse(Nip.valid("198609262015053001"), "gender 3");
        assertFalse(Nip.valid("198609261985051001"), "appointed before birth");
        assertFalse(Nip.valid("198609262015051000"), "sequence 000");
    }
}
