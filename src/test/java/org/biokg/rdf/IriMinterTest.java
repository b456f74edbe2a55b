package org.biokg.rdf;

import org.biokg.extract.EntityType;
import org.biokg.rdf.IriMinter.EntityKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IriMinterTest {
    private static final String BASE = "http://example.org/r/";
    private final IriMinter minter = new IriMinter(BASE);

    @Test
    void slugsAreReadableAscii() {
        assertEquals("Ada_Lovelace", IriMinter.slug("Ada Lovelace"));
        assertEquals("Jose_Marti", IriMinter.slug("José Martí"));
        assertEquals("Peoples_Commissar_for_Harbours", IriMinter.slug("People's Commissar for Harbours"));
        assertEquals("Harbour_Workers_League", IriMinter.slug("Harbour Workers’ League"));
        assertEquals("Strasse_der_Einheit", IriMinter.slug("Straße der Einheit"));
        assertEquals("Lodz", IriMinter.slug("Łódź"));
        assertEquals("Saint-Lazare", IriMinter.slug("Saint - Lazare"));
        assertEquals("Party_of_Labour_1921", IriMinter.slug("  Party of Labour (1921)  "));
        assertEquals("", IriMinter.slug("Лев"));
    }

    @Test
    void longLabelsAreCutAtAWordBoundary() {
        String label = "The Very Long Committee for the Coordination of Harbour Affairs and Related Maritime Questions of the Coast";
        String slug = IriMinter.slug(label);
        assertTrue(slug.length() <= 80, slug);
        assertTrue(slug.startsWith("The_Very_Long_Committee"), slug);
        assertTrue(!slug.endsWith("_"), slug);
    }

    @Test
    void sameSlugDifferentTypesGetATypeSuffixPersonFirst() {
        EntityKey place = new EntityKey(EntityType.PLACE, "Georgia Vane");
        EntityKey person = new EntityKey(EntityType.PERSON, "Georgia Vane");
        Map<EntityKey, String> iris = minter.entityIris(List.of(place, person));
        assertEquals(BASE + "Georgia_Vane", iris.get(person));
        assertEquals(BASE + "Georgia_Vane_Place", iris.get(place));
    }

    @Test
    void sameSlugSameTypeGetsANumberInLabelOrder() {
        EntityKey plain = new EntityKey(EntityType.PERSON, "Ana Dobre");
        EntityKey accented = new EntityKey(EntityType.PERSON, "Ana Dobré");
        Map<EntityKey, String> iris = minter.entityIris(List.of(accented, plain));
        assertEquals(BASE + "Ana_Dobre", iris.get(plain));
        assertEquals(BASE + "Ana_Dobre_2", iris.get(accented));
    }

    @Test
    void suffixesNeverTakeAnotherEntitysSlug() {
        EntityKey person = new EntityKey(EntityType.PERSON, "Vane");
        EntityKey place = new EntityKey(EntityType.PLACE, "Vane");
        EntityKey literal = new EntityKey(EntityType.ORGANIZATION, "Vane Place");
        Map<EntityKey, String> iris = minter.entityIris(List.of(person, place, literal));
        assertEquals(BASE + "Vane", iris.get(person));
        assertEquals(BASE + "Vane_Place", iris.get(literal));
        assertEquals(BASE + "Vane_Place_2", iris.get(place));
    }

    @Test
    void mintingDoesNotDependOnInputOrder() {
        List<EntityKey> keys = new ArrayList<>(List.of(
                new EntityKey(EntityType.PERSON, "Ana Dobre"), new EntityKey(EntityType.PERSON, "Ana Dobré"),
                new EntityKey(EntityType.PLACE, "Ana Dobre"), new EntityKey(EntityType.EVENT, "Лев"),
                new EntityKey(EntityType.ORGANIZATION, "Coastal Council")));
        Map<EntityKey, String> first = minter.entityIris(keys);
        Collections.reverse(keys);
        Map<EntityKey, String> second = new IriMinter(BASE).entityIris(keys);
        assertEquals(first, second);
        assertEquals(keys.size(), second.values().stream().distinct().count(), "IRIs are unique");
    }

    @Test
    void nonLatinLabelsFallBackToTypeAndHash() {
        EntityKey key = new EntityKey(EntityType.PERSON, "Лев");
        String iri = minter.entityIris(List.of(key)).get(key);
        assertTrue(iri.matches("http://example\\.org/r/Person_[0-9a-f]{8}"), iri);
    }

    @Test
    void hashedIrisAreStableAndContentBased() {
        // A fixed value: if the hashing scheme changes, every IRI of every published graph changes too.
        assertEquals("023b8059a924f728", IriMinter.hash("a", "b")); // SHA-256 of "a", U+001F, "b", U+001F
        assertNotEquals(IriMinter.hash("a", "b"), IriMinter.hash("ab", ""));
        assertEquals(BASE + "fact/" + IriMinter.hash("x", "y"), minter.fact("x", "y"));
        assertEquals(BASE + "document/mara-velinska/sentence/3", minter.sentence("mara-velinska", 3));
        assertEquals(BASE + "document/mara-velinska/infobox/19", minter.infobox("mara-velinska", 19));
    }
}
