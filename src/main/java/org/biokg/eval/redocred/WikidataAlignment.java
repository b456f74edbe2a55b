package org.biokg.eval.redocred;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.biokg.BiokgException;
import org.biokg.extract.Relation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Wikidata properties each biokg relation corresponds to, read from the ontology's alignment file:
 * {@code biokg:x rdfs:subPropertyOf | owl:equivalentProperty | skos:closeMatch wdt:P} in the same direction,
 * {@code biokg:x owl:inverseOf wdt:P} in the reversed one. Only Wikidata direct properties count.
 *
 * <p>Wikidata states parenthood both ways: P40 (child) from the parent, P22 (father) and P25 (mother) from
 * the child. A relation aligned to one side is also matched against the other, whether or not the
 * alignment says so.
 */
public final class WikidataAlignment {
    /** Where the ontology's alignment is on the classpath. */
    public static final String RESOURCE = "org/biokg/ontology/alignment.ttl";
    public static final String BIOKG = "https://w3id.org/biokg/ontology#";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    private static final String CHILD = "P40";
    private static final List<String> PARENTS = List.of("P22", "P25");

    private final Map<String, List<PropertyTarget>> targets;

    private WikidataAlignment(Map<String, List<PropertyTarget>> targets) {
        this.targets = targets;
    }

    /** The alignment shipped in the jar. */
    public static WikidataAlignment standard() {
        return fromClasspath(RESOURCE);
    }

    public static WikidataAlignment fromClasspath(String resource) {
        InputStream in = WikidataAlignment.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw BiokgException.badInput("alignment not on the classpath: " + resource);
        }
        try (in) {
            return load(in, resource);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + resource + ": " + e.getMessage());
        }
    }

    public static WikidataAlignment load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (NoSuchFileException e) {
            throw BiokgException.badInput("no such file: " + file);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Parses Turtle; {@code source} names it in error messages. */
    public static WikidataAlignment load(InputStream in, String source) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(in).lang(Lang.TURTLE).base("urn:biokg:alignment").parse(model);
        } catch (RiotException e) {
            throw BiokgException.badInput(source + ": malformed Turtle: " + e.getMessage());
        }
        return of(model);
    }

    /** Reads the alignment statements out of a model. */
    public static WikidataAlignment of(Model model) {
        Map<String, Set<PropertyTarget>> declared = new LinkedHashMap<>();
        List<Property> sameDirection = List.of(RDFS.subPropertyOf, OWL.equivalentProperty, SKOS.closeMatch);
        for (Property p : sameDirection) {
            model.listStatements(null, p, (RDFNode) null).forEach(st -> add(declared, st, false, p));
        }
        model.listStatements(null, OWL.inverseOf, (RDFNode) null).forEach(st -> add(declared, st, true, OWL.inverseOf));

        Map<String, List<PropertyTarget>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Set<PropertyTarget>> e : declared.entrySet()) {
            Set<PropertyTarget> all = new TreeSet<>(ORDER);
            all.addAll(e.getValue());
            // Charge the same-direction properties; when there are none, the inverse ones.
            boolean hasForward = all.stream().anyMatch(t -> !t.inverse());
            Set<PropertyTarget> charged = new TreeSet<>(ORDER);
            for (PropertyTarget t : all) {
                charged.add(new PropertyTarget(t.property(), t.inverse(), !t.inverse() || !hasForward));
            }
            addParenthoodInverses(charged);
            out.put(e.getKey(), List.copyOf(charged));
        }
        return new WikidataAlignment(Collections.unmodifiableMap(out));
    }

    private static final Comparator<PropertyTarget> ORDER = Comparator
            .comparingInt((PropertyTarget t) -> propertyNumber(t.property()))
            .thenComparing(PropertyTarget::inverse);

    private static void add(Map<String, Set<PropertyTarget>> declared, Statement st, boolean inverse, Property p) {
        Resource s = st.getSubject();
        RDFNode o = st.getObject();
        if (!o.isURIResource() || !s.isURIResource()) {
            return;
        }
        String subject = s.getURI();
        String object = o.asResource().getURI();
        if (subject.startsWith(BIOKG) && object.startsWith(WDT)) {
            put(declared, subject.substring(BIOKG.length()), object.substring(WDT.length()), inverse);
        } else if (subject.startsWith(WDT) && object.startsWith(BIOKG) && !p.equals(RDFS.subPropertyOf)) {
            // Equivalence, close match and inverse read the same either way round.
            put(declared, object.substring(BIOKG.length()), subject.substring(WDT.length()), inverse);
        }
    }

    private static void put(Map<String, Set<PropertyTarget>> declared, String relation, String property, boolean inverse) {
        if (Relation.byId(relation).isEmpty() || !property.matches("P\\d+")) {
            return;
        }
        declared.computeIfAbsent(relation, k -> new TreeSet<>(ORDER)).add(new PropertyTarget(property, inverse, true));
    }

    private static void addParenthoodInverses(Set<PropertyTarget> targets) {
        List<PropertyTarget> extra = new ArrayList<>();
        for (PropertyTarget t : targets) {
            if (t.property().equals(CHILD)) {
                PARENTS.forEach(p -> extra.add(new PropertyTarget(p, !t.inverse(), false)));
            } else if (PARENTS.contains(t.property())) {
                extra.add(new PropertyTarget(CHILD, !t.inverse(), false));
            }
        }
        for (PropertyTarget t : extra) {
            boolean known = targets.stream().anyMatch(k -> k.property().equals(t.property()) && k.inverse() == t.inverse());
            if (!known) {
                targets.add(t);
            }
        }
    }

    private static int propertyNumber(String p) {
        return Integer.parseInt(p.substring(1));
    }

    /** The Wikidata properties a relation corresponds to (empty for unaligned relations such as alliedWith). */
    public List<PropertyTarget> targets(String relation) {
        return targets.getOrDefault(relation, List.of());
    }

    /** The relations that have Wikidata counterparts. */
    public Set<String> relations() {
        return targets.keySet();
    }

    /** Every Wikidata property reached, in numeric order. */
    public Set<String> properties() {
        Set<String> all = new TreeSet<>(Comparator.comparingInt(WikidataAlignment::propertyNumber));
        targets.values().forEach(list -> list.forEach(t -> all.add(t.property())));
        return all;
    }

    /** The relations that reach a property, each with its direction. */
    public Map<String, PropertyTarget> relationsFor(String property) {
        Map<String, PropertyTarget> out = new LinkedHashMap<>();
        targets.forEach((rel, list) -> list.stream().filter(t -> t.property().equals(property)).findFirst()
                .ifPresent(t -> out.put(rel, t)));
        return out;
    }

    public Optional<PropertyTarget> target(String relation, String property) {
        return targets(relation).stream().filter(t -> t.property().equals(property)).findFirst();
    }

    @Override
    public String toString() {
        return targets.toString();
    }
}
