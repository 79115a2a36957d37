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
import org.hl7.fhir.r4.model.Enumerations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import org.throughcare.record.ResourceTypes;

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
        TypeRestfulInteraction.CREATE
    };

    private final ResourceTypes types;
    private final Clock clock;
    private final String version;
    private final CapabilityStatement template;

    CapabilityStatementFactory(ResourceTypes types, Clock clock, ObjectProvider<BuildProperties> build) {
        this.types = types;
        this.clock = clock;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
        this.template = build();
    }

    CapabilityStatement forBase(String baseUrl) {
        CapabilityStatement statement = template.copy();
        statement.getImplementation().setUrl(baseUrl);
        return statement;
    }

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
        types.all().forEach(type -> rest.addResource(resource(type)));
        return statement;
    }

    private static CapabilityStatement.CapabilityStatementRestResourceComponent resource(String type) {
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
        resource.addReferencePolicy(ReferenceHandlingPolicy.LITERAL)
                .addReferencePolicy(ReferenceHandlingPolicy.LOCAL)
                .addReferencePolicy(ReferenceHandlingPolicy.ENFORCED);
        return resource;
    }
}
