package org.throughcare.record.patch;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Resource;
import org.throughcare.record.RecordException;

/**
 * FHIRPath Patch (FHIR R4 fhirpatch.html): add, insert, delete, replace and move, each locating
 * its element with a FHIRPath expression. Operations apply in order to a copy of the resource.
 */
final class FhirPathPatchApplier {

    private final FhirContext fhirContext;
    private final IFhirPath fhirPath;

    FhirPathPatchApplier(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
        this.fhirPath = fhirContext.newFhirPath();
    }

    FhirContext fhirContext() {
        return fhirContext;
    }

    void apply(Resource resource, Parameters patch) {
        int number = 0;
        for (ParametersParameterComponent operation : patch.getParameter()) {
            if (!"operation".equals(operation.getName())) {
                throw RecordException.invalid("FHIRPath Patch parameters must all be named 'operation'");
            }
            new PatchOperation(operation, number++).applyTo(resource, this);
        }
    }

    List<Base> evaluate(Resource resource, String path, int number) {
        try {
            return fhirPath.evaluate(resource, path, Base.class);
        } catch (RuntimeException e) {
            throw RecordException.invalid(
                    "FHIRPath Patch operation " + number + " has a path that is not valid FHIRPath");
        }
    }

    Base single(Resource resource, String path, int number) {
        List<Base> found = evaluate(resource, path, number);
        if (found.size() != 1) {
            throw JsonPatchApplier.unprocessable("FHIRPath Patch operation " + number
                    + ": the path must match exactly one element, it matched " + found.size());
        }
        return found.getFirst();
    }

    ElementLocation locate(Resource resource, Base element, int number) {
        return ElementLocation.of(fhirContext, resource, element)
                .orElseThrow(() -> JsonPatchApplier.unprocessable(
                        "FHIRPath Patch operation " + number + ": the path does not name an element that can change"));
    }

    /** The new value of an operation, converted to the type the named child holds. */
    static IBase converted(Base parent, String name, ParametersParameterComponent value, int number) {
        Base scratch = parent.copy();
        scratch.removeChild(childName(scratch, name), null);
        List<Base> values = set(scratch, name, value, number);
        return values.getLast();
    }

    static List<Base> set(Base parent, String name, ParametersParameterComponent value, int number) {
        String property = childName(parent, name);
        try {
            if (value.hasValue()) {
                parent.setProperty(property, value.getValue());
            } else {
                Base created = parent.addChild(property);
                for (ParametersParameterComponent part : value.getPart()) {
                    set(created, part.getName(), part, number);
                }
            }
            return parent.getNamedProperty(property).getValues();
        } catch (RuntimeException e) {
            throw JsonPatchApplier.unprocessable(
                    "FHIRPath Patch operation " + number + ": cannot set '" + name + "' on " + parent.fhirType());
        }
    }

    /** Choice elements are named without [x] in a patch ("value") but with it in the model. */
    private static String childName(Base parent, String name) {
        if (parent.getNamedProperty(name) == null && parent.getNamedProperty(name + "[x]") != null) {
            return name + "[x]";
        }
        return name;
    }
}
