package org.biokg.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsAndChanges() {
        assertEquals(0, EditDistance.between("Roe", "Roe"));
        assertEquals(1, EditDistance.between("Rasmussen", "Rasmusen"));
        assertEquals(2, EditDistance.between("Khrustalyov", "Khrustalev"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(4, EditDistance.between("", "abcd"));
    }

    @Test
    void stopsPastTheLimit() {
        assertEquals(2, EditDistance.between("kitten", "sitting", 1), "limit + 1 once the distance must exceed it");
        assertEquals(1, EditDistance.between("Rasmussen", "Rasmusen", 1));
        assertEquals(3, EditDistance.between("ab", "abcdef", 2), "lengths too far apart");
    }
}
