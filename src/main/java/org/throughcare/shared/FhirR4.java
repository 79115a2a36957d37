package org.throughcare.shared;

import ca.uhn.fhir.context.FhirContext;

/** FHIR R4 as Throughcare uses it: the one context of the application is made here. */
public final class FhirR4 {

    private FhirR4() {}

    /**
     * A context set never to change what clients send: references keep their versions, a Bundle
     * entry keeps its own id whatever its fullUrl, and the encoder does not go looking for
     * reference targets to contain (which also costs a walk of every resource written). Its
     * definitions are the compact {@link R4Definitions}, shared by the validator and FHIRPath.
     */
    public static FhirContext newContext() {
        FhirContext fhirContext = FhirContext.forR4();
        fhirContext
                .getParserOptions()
                .setStripVersionsFromReferences(false)
                .setOverrideResourceIdWithBundleEntryFullUrl(false)
                .setAutoContainReferenceTargetsWithNoId(false);
        fhirContext.setValidationSupport(new R4Definitions(fhirContext));
        return fhirContext;
    }
}
