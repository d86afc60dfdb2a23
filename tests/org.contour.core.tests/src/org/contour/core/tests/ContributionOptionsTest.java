package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.Contributions;
import org.contour.core.registry.OptionSpec;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;

/** Options declared in plugin.xml, read through the real extension registry. */
class ContributionOptionsTest {

    private static Contribution<Classifier> logistic() {
        return Contributions.classifier("org.contour.tribuo.logistic").orElseThrow();
    }

    @Test
    void declaredOptionsAreReadWithTheirTypeDefaultAndRange() {
        List<OptionSpec> options = logistic().options();
        assertEquals(1, options.size());
        OptionSpec epochs = options.get(0);
        assertEquals("epochs", epochs.id());
        assertEquals(OptionSpec.Type.INTEGER, epochs.type());
        assertEquals("10", epochs.defaultValue());
        assertEquals(1.0, epochs.min());
        assertEquals(1000.0, epochs.max());
    }

    @Test
    void resolveFillsDefaultsAndKeepsChosenValues() throws CoreException {
        assertEquals(Map.of("epochs", "10"), logistic().resolve(Options.NONE).asMap());
        assertEquals("7", logistic().resolve(Options.of(Map.of("epochs", "7"))).get("epochs", null));
    }

    @Test
    void valuesOutOfRangeOrMalformedAreRefusedNamingOptionAndPlugin() {
        CoreException low = assertThrows(CoreException.class, () -> logistic().resolve(Options.of(Map.of("epochs", "0"))));
        assertTrue(low.getMessage().contains("Epochs must be at least 1"), low.getMessage());
        assertTrue(low.getMessage().contains("org.contour.tribuo"), low.getMessage());
        CoreException text = assertThrows(CoreException.class,
                () -> logistic().resolve(Options.of(Map.of("epochs", "many"))));
        assertTrue(text.getMessage().contains("whole number"), text.getMessage());
    }

    @Test
    void typedReadsFallBackOnMissingOrMalformedValues() {
        Options o = Options.of(Map.of("k", "5", "rate", "0.5", "flag", "TRUE", "bad", "x"));
        assertEquals(5, o.getInt("k", 1));
        assertEquals(0.5, o.getDouble("rate", 1));
        assertTrue(o.getBoolean("flag", false));
        assertEquals(3, o.getInt("bad", 3));
        assertEquals(9, o.getInt("absent", 9));
        assertFalse(o.has("absent"));
        assertEquals("6", o.with("k", "6").get("k", null));
        assertEquals("5", o.get("k", null), "with() leaves the original alone");
    }

    @Test
    void theDefaultMapComesFromTheContributedPcaReducer() {
        assertTrue(Contributions.reducer("org.contour.core.pca").isPresent());
    }
}
