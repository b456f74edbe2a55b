package org.biokg.extract.mention;

import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The member words of the parties a document names, read from its own mentions. */
class PartyAdjectivesTest {
    private static Mention org(String name) {
        return new Mention(0, 0, name.split(" ").length, 0, EntityType.ORGANIZATION, Mention.Kind.NAME, name);
    }

    @Test
    void aPartyNamedByOneWordGivesItsMemberWord() {
        Map<String, String> words = PartyAdjectives.of(List.of(List.of(org("Labour Party"), org("Democratic Party"))), Map.of());
        assertEquals(Map.of("Labour", "Labour Party", "Democratic", "Democratic Party", "Democrat", "Democratic Party"), words);
    }

    @Test
    void aWordTwoPartiesShareNamesNeitherAndOtherBodiesGiveNone() {
        Map<String, String> words = PartyAdjectives.of(List.of(List.of(org("Communist Party of Ruritania"),
                org("Communist Party of Norway"), org("Green Party"), org("Harbour Board"), org("Party of Labour"))), Map.of("Green", "Greens"));
        assertEquals(Map.of(), words);
    }
}
