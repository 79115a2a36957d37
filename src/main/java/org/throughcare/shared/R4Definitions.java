package org.throughcare.shared;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The R4 definitions that ship with HAPI (StructureDefinitions, ValueSets, CodeSystems), loaded once
 * on first use and shared by the validator and every FHIRPath engine (it is the FHIR context's
 * validation support). Only what is read here is kept: the snapshot of each resource and data type
 * with its paths, cardinality, types, bindings and constraints, and the value sets and code systems
 * with their codes, for the value sets bound as required. Narrative, differentials, mappings,
 * documentation, profiles, extension definitions and the value sets nothing requires go: they were
 * over half of the heap of a running server (docs/benchmarks.md, issue 2 memory; ADR 0083).
 */
public final class R4Definitions implements IValidationSupport {

    /**
     * The R4 bundles HAPI's own loader reads but for the profiles and extension definitions, which
     * hold no base type.
     */
    private static final List<String> BUNDLES = List.of(
            "/org/hl7/fhir/r4/model/profile/profiles-types.xml",
            "/org/hl7/fhir/r4/model/profile/profiles-resources.xml",
            "/org/hl7/fhir/r4/model/valueset/valuesets.xml",
            "/org/hl7/fhir/r4/model/valueset/v3-codesystems.xml",
            "/org/hl7/fhir/r4/model/valueset/v2-tables.xml");

    private final FhirContext fhirContext;
    private volatile PrePopulatedValidationSupport loaded;

    public R4Definitions(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @Override
    public FhirContext getFhirContext() {
        return fhirContext;
    }

    @Override
    public String getName() {
        return "Throughcare R4 definitions";
    }

    @Override
    public List<IBaseResource> fetchAllConformanceResources() {
        return loaded().fetchAllConformanceResources();
    }

    @Override
    public <T extends IBaseResource> List<T> fetchAllStructureDefinitions() {
        return loaded().fetchAllStructureDefinitions();
    }

    @Override
    public IBaseResource fetchStructureDefinition(String url) {
        return loaded().fetchStructureDefinition(url);
    }

    @Override
    public IBaseResource fetchValueSet(String url) {
        return loaded().fetchValueSet(url);
    }

    @Override
    public IBaseResource fetchCodeSystem(String system) {
        return loaded().fetchCodeSystem(system);
    }

    @Override
    public boolean isValueSetSupported(ValidationSupportContext context, String valueSetUrl) {
        return loaded().isValueSetSupported(context, valueSetUrl);
    }

    @Override
    public boolean isCodeSystemSupported(ValidationSupportContext context, String system) {
        return loaded().isCodeSystemSupported(context, system);
    }

    private PrePopulatedValidationSupport loaded() {
        PrePopulatedValidationSupport definitions = loaded;
        if (definitions == null) {
            synchronized (this) {
                definitions = loaded;
                if (definitions == null) {
                    definitions = load();
                    loaded = definitions;
                }
            }
        }
        return definitions;
    }

    /**
     * Reads the definition bundles that ship with HAPI one at a time and keeps the compact form of
     * the base resource and data types, and of the value sets bound to them as required with every
     * value set and code system those draw on. HAPI's own loader is not used: it keeps everything
     * it reads, in a cache shared by every FHIR context in the JVM.
     */
    private PrePopulatedValidationSupport load() {
        List<StructureDefinition> types = new ArrayList<>();
        Map<String, ValueSet> valueSets = new HashMap<>();
        Map<String, CodeSystem> codeSystems = new HashMap<>();
        IParser parser = fhirContext.newXmlParser();
        for (String bundle : BUNDLES) {
            for (Bundle.BundleEntryComponent entry : read(parser, bundle).getEntry()) {
                switch (entry.getResource()) {
                    case StructureDefinition definition when isBaseType(definition) -> types.add(strip(definition));
                    case ValueSet valueSet -> valueSets.put(valueSet.getUrl(), strip(valueSet));
                    case CodeSystem codeSystem -> codeSystems.put(codeSystem.getUrl(), strip(codeSystem));
                    case null, default -> {}
                }
                entry.setResource(null);
            }
        }
        PrePopulatedValidationSupport compact = new PrePopulatedValidationSupport(fhirContext);
        types.forEach(compact::addStructureDefinition);
        keepRequiredTerminology(types, valueSets, codeSystems, compact);
        compact.lock();
        return compact;
    }

    /**
     * Keeps the value sets the types bind as required, every value set they import and every code
     * system they include or exclude from.
     */
    private static void keepRequiredTerminology(
            List<StructureDefinition> types,
            Map<String, ValueSet> valueSets,
            Map<String, CodeSystem> codeSystems,
            PrePopulatedValidationSupport compact) {
        Deque<String> wanted = new ArrayDeque<>(requiredValueSets(types));
        Set<String> kept = new HashSet<>();
        while (!wanted.isEmpty()) {
            ValueSet valueSet = valueSets.get(wanted.pop());
            if (valueSet == null || !kept.add(valueSet.getUrl())) {
                continue;
            }
            compact.addValueSet(valueSet);
            List<ValueSet.ConceptSetComponent> parts =
                    new ArrayList<>(valueSet.getCompose().getInclude());
            parts.addAll(valueSet.getCompose().getExclude());
            for (ValueSet.ConceptSetComponent part : parts) {
                part.getValueSet().forEach(url -> wanted.push(unversioned(url.getValue())));
                CodeSystem codeSystem = codeSystems.remove(part.getSystem());
                if (codeSystem != null) {
                    compact.addCodeSystem(codeSystem);
                }
            }
        }
    }

    private static Bundle read(IParser parser, String bundle) {
        try (InputStream in = R4Definitions.class.getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalStateException("The R4 definitions " + bundle + " are not on the class path");
            }
            return parser.parseResource(Bundle.class, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The R4 definitions " + bundle + " could not be read", e);
        }
    }

    /** A resource or data type of the base specification, not a profile or an extension. */
    private static boolean isBaseType(StructureDefinition definition) {
        return definition.getDerivation() != StructureDefinition.TypeDerivationRule.CONSTRAINT;
    }

    /**
     * The value set (without version) that codes of this element must come from, or null when its
     * binding is not required: the one rule of which bindings validation checks, used both to build
     * the validator's rules and to choose the value sets kept here.
     */
    public static String requiredValueSet(ElementDefinition element) {
        return element.hasBinding()
                        && element.getBinding().getStrength() == Enumerations.BindingStrength.REQUIRED
                        && element.getBinding().hasValueSet()
                ? unversioned(element.getBinding().getValueSet())
                : null;
    }

    private static Set<String> requiredValueSets(List<StructureDefinition> types) {
        Set<String> urls = new HashSet<>();
        for (StructureDefinition type : types) {
            for (ElementDefinition element : type.getSnapshot().getElement()) {
                String valueSet = requiredValueSet(element);
                if (valueSet != null) {
                    urls.add(valueSet);
                }
            }
        }
        return urls;
    }

    private static String unversioned(String canonical) {
        int bar = canonical.indexOf('|');
        return bar < 0 ? canonical : canonical.substring(0, bar);
    }

    private static StructureDefinition strip(StructureDefinition definition) {
        stripDescription(definition);
        definition.setMapping(null);
        definition.setKeyword(null);
        definition.setPurposeElement(null);
        definition.setCopyrightElement(null);
        definition.setDifferential(null);
        definition.getSnapshot().getElement().forEach(R4Definitions::strip);
        return definition;
    }

    /** What every definition carries for people: narrative, contacts, description, extensions. */
    private static void stripDescription(MetadataResource resource) {
        resource.setText(null);
        resource.setExtension(null);
        resource.setContact(null);
        resource.setDescriptionElement(null);
    }

    private static void strip(ElementDefinition element) {
        element.setExtension(null);
        element.setShortElement(null);
        element.setDefinitionElement(null);
        element.setCommentElement(null);
        element.setRequirementsElement(null);
        element.setMeaningWhenMissingElement(null);
        element.setOrderMeaningElement(null);
        element.setIsModifierReasonElement(null);
        element.setAlias(null);
        element.setMapping(null);
        element.setExample(null);
        element.setCode(null);
        if (element.hasBinding()) {
            element.getBinding().setExtension(null);
            element.getBinding().setDescriptionElement(null);
        }
        element.getConstraint().forEach(constraint -> {
            constraint.setExtension(null);
            constraint.setXpathElement(null);
        });
    }

    private static ValueSet strip(ValueSet valueSet) {
        stripDescription(valueSet);
        valueSet.setPurposeElement(null);
        valueSet.setCopyrightElement(null);
        return valueSet;
    }

    private static CodeSystem strip(CodeSystem codeSystem) {
        stripDescription(codeSystem);
        codeSystem.setPurposeElement(null);
        codeSystem.setCopyrightElement(null);
        stripDefinitions(codeSystem.getConcept());
        return codeSystem;
    }

    private static void stripDefinitions(List<CodeSystem.ConceptDefinitionComponent> concepts) {
        for (CodeSystem.ConceptDefinitionComponent concept : concepts) {
            concept.setDefinitionElement(null);
            stripDefinitions(concept.getConcept());
        }
    }
}
