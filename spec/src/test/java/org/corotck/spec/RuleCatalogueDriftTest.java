package org.corotck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corotck.spec.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

/** SPEC.md and the machine-readable catalogue must list the same rules, or the build fails. */
class RuleCatalogueDriftTest {

    private static String specText() throws IOException {
        return Files.readString(Path.of(System.getProperty("corotck.specFile", "SPEC.md")));
    }

    @Test
    void specAndCatalogueListTheSameRules() throws IOException {
        List<String> drift = CatalogueDrift.between(SpecMarkdown.rules(specText()), RuleCatalogue.load());
        assertEquals(List.of(), drift, "SPEC.md and rules.tsv have drifted apart");
    }

    @Test
    void specHasAtLeastFortyRules() throws IOException {
        assertTrue(SpecMarkdown.rules(specText()).size() >= 40, "SPEC.md should state at least 40 rules");
    }

    @Test
    void aRuleAddedToSpecOnlyIsReportedAsDrift() throws IOException {
        String extended = specText() + "\n| 99.1 | required | SUSPENDED | a rule nobody catalogued | - | - | - |\n";
        List<String> drift = CatalogueDrift.between(SpecMarkdown.rules(extended), RuleCatalogue.load());
        assertEquals(List.of("rule 99.1 is in SPEC.md but not in the catalogue rules.tsv"), drift);
    }

    @Test
    void aRuleRemovedFromSpecOrChangedInKindIsReportedAsDrift() throws IOException {
        String text = specText()
                .replace("| 1.5 | required |", "| 1.5 | optional (STACKFUL) |")
                .replaceAll("(?m)^\\| 12\\.5 \\|.*\\n", "");
        List<String> drift = CatalogueDrift.between(SpecMarkdown.rules(text), RuleCatalogue.load());
        assertEquals(List.of(
                "rule 1.5 is optional/STACKFUL in SPEC.md but required/- in rules.tsv",
                "rule 12.5 is in rules.tsv but not in SPEC.md"), drift);
    }

    @Test
    void catalogueRejectsRepeatedIdsAndMalformedLines() {
        var repeated = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RuleCatalogue.parse(new StringReader("1.1\trequired\t-\ta\n1.1\trequired\t-\tb\n")));
        assertTrue(repeated.getMessage().contains("listed twice"), repeated.getMessage());
        var malformed = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RuleCatalogue.parse(new StringReader("1.1\trequired\n")));
        assertTrue(malformed.getMessage().contains("line 1"), malformed.getMessage());
    }
}
