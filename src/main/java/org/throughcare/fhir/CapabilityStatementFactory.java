package org.throughcare.fhir;

import java.time.Clock;
import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.ConditionalDeleteStatus;
import org.hl7.fhir.r4.model.CapabilityStatement.ConditionalReadStatus;
import org.hl7.fhir.r4.model.CapabilityStatement.ReferenceHandlingPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.ResourceTypes;
import org.throughcare.security.SecurityProperties;

/**
 * The server's CapabilityStatement: exactly the interactions this API implements, and nothing it
 * does not. When an interaction is added, it is added here in the same change.
 */
@Component
class CapabilityStatementFactory {

    private static final TypeRestfulInteraction[] TYPE_INTERACTIONS = {
        TypeRestfulInteraction.READ,
        TypeRestfulInteraction.VREAD,
        TypeRestfulInteraction.UPDATE,
        TypeRestfulInteraction.PATCH,
        TypeRestfulInteraction.DELETE,
        TypeRestfulInteraction.HISTORYINSTANCE,
        TypeRestfulInteraction.HISTORYTYPE,
        TypeRestfulInteraction.CREATE,
        TypeRestfulInteraction.SEARCHTYPE
    };

    static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

    private final ResourceTypes types;
    private final SecurityProperties securityProperties;
    private final RecordSearch search;
    private final Clock clock;
    private final String version;
    private volatile java.util.concurrent.CompletableFuture<Built> built;

    CapabilityStatementFactory(
            ResourceTypes types,
            SecurityProperties securityProperties,
            RecordSearch search,
            Clock clock,
            ObjectProvider<BuildProperties> build) {
        this.types = types;
        this.securityProperties = securityProperties;
        this.search = search;
        this.clock = clock;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
        this.built = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new Built(search.parametersGeneration(), build()),
                command -> Thread.ofVirtual().name("capability-statement").start(command));
    }

    CapabilityStatement forBase(String baseUrl) {
        CapabilityStatement statement = template().copy();
        statement.getImplementation().setUrl(baseUrl);
        addSecurity(statement.getRestFirstRep(), issuer(baseUrl));
        return statement;
    }

    /** SMART App Launch: OAuth2 bearer tokens from our authorization server, where to get them. */
    private static void addSecurity(CapabilityStatement.CapabilityStatementRestComponent rest, String issuer) {
        CapabilityStatement.CapabilityStatementRestSecurityComponent security = rest.getSecurity();
        security.setCors(true);
        security.addService()
                .addCoding(new Coding(
                        "http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "SMART-on-FHIR",
                        "SMART on FHIR"))
                .setText("OAuth2 bearer tokens with SMART on FHIR v2 scopes");
        security.setDescription("Every request but this CapabilityStatement needs an OAuth2 bearer token from "
                + issuer + " (client credentials for systems, authorization code for staff); see "
                + issuer + "/.well-known/smart-configuration");
        Extension uris = security.addExtension().setUrl(OAUTH_URIS);
        uris.addExtension("token", new UriType(issuer + "/oauth2/token"));
        uris.addExtension("authorize", new UriType(issuer + "/oauth2/authorize"));
        uris.addExtension("introspect", new UriType(issuer + "/oauth2/introspect"));
        uris.addExtension("revoke", new UriType(issuer + "/oauth2/revoke"));
    }

    private String issuer(String baseUrl) {
        String configured = securityProperties.issuer();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return baseUrl.endsWith("/fhir") ? baseUrl.substring(0, baseUrl.length() - "/fhir".length()) : baseUrl;
    }

    /**
     * Rebuilt when search parameter definitions change. The first build starts in the background at
     * start-up: listing every type's parameters reads HAPI's whole model.
     */
    private CapabilityStatement template() {
        long generation = search.parametersGeneration();
        Built current = built.join();
        if (current.generation() != generation) {
            current = new Built(generation, build());
            built = java.util.concurrent.CompletableFuture.completedFuture(current);
        }
        return current.statement();
    }

    private record Built(long generation, CapabilityStatement statement) {}

    private CapabilityStatement build() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(Date.from(clock.instant()));
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.getSoftware().setName("Throughcare").setVersion(version);
        statement.getImplementation().setDescription("Throughcare clinical record FHIR R4 API");
        statement.addFormat("application/fhir+json").addFormat("application/fhir+xml");
        statement
                .addPatchFormat("application/json-patch+json")
                .addPatchFormat("application/fhir+json")
                .addPatchFormat("application/fhir+xml");
        CapabilityStatement.CapabilityStatementRestComponent rest =
                statement.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.addInteraction().setCode(SystemRestfulInteraction.TRANSACTION);
        rest.addInteraction().setCode(SystemRestfulInteraction.BATCH);
        rest.addInteraction().setCode(SystemRestfulInteraction.HISTORYSYSTEM);
        rest.addOperation()
                .setName("export")
                .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export");
        types.all().forEach(type -> rest.addResource(resource(type)));
        return statement;
    }

    private CapabilityStatement.CapabilityStatementRestResourceComponent resource(String type) {
        CapabilityStatement.CapabilityStatementRestResourceComponent resource =
                new CapabilityStatement.CapabilityStatementRestResourceComponent().setType(type);
        for (TypeRestfulInteraction interaction : TYPE_INTERACTIONS) {
            resource.addInteraction().setCode(interaction);
        }
        resource.setVersioning(ResourceVersionPolicy.VERSIONEDUPDATE)
                .setReadHistory(true)
                .setUpdateCreate(true)
                .setConditionalCreate(true)
                .setConditionalUpdate(true)
                .setConditionalRead(ConditionalReadStatus.FULLSUPPORT)
                .setConditionalDelete(ConditionalDeleteStatus.SINGLE);
        search.parametersOf(type).forEach(parameter -> resource.addSearchParam()
                .setName(parameter.name())
                .setType(Enumerations.SearchParamType.fromCode(parameter.type()))
                .setDocumentation(parameter.expression()));
        if (type.equals("Patient")) {
            resource.addOperation()
                    .setName("everything")
                    .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
            resource.addOperation()
                    .setName("export")
                    .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export");
        }
        if (type.equals("Group")) {
            resource.addOperation()
                    .setName("export")
                    .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export");
        }
        resource.addSearchInclude("*");
        resource.addSearchRevInclude("*");
        resource.addReferencePolicy(ReferenceHandlingPolicy.LITERAL)
                .addReferencePolicy(ReferenceHandlingPolicy.LOCAL)
                .addReferencePolicy(ReferenceHandlingPolicy.ENFORCED);
        return resource;
    }
}
