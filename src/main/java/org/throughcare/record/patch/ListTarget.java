package org.throughcare.record.patch;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Resource;

/**
 * The repeating element an insert or move works on, named by a path whose last step is a plain
 * element name ({@code Patient.identifier}): the parent is what the rest of the path finds.
 */
record ListTarget(Base parent, String name, BaseRuntimeChildDefinition child) {

    static ListTarget of(Resource resource, FhirPathPatchApplier patcher, String path, int number) {
        int dot = path.lastIndexOf('.');
        String name = dot < 0 ? "" : path.substring(dot + 1);
        if (!name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
            throw org.throughcare.record.RecordException.invalid(
                    "FHIRPath Patch operation " + number + ": insert and move need a path ending in an element name");
        }
        Base parent = patcher.single(resource, path.substring(0, dot), number);
        FhirContext fhirContext = patcher.fhirContext();
        var definition = (BaseRuntimeElementCompositeDefinition<?>) fhirContext.getElementDefinition(parent.getClass());
        BaseRuntimeChildDefinition child = definition == null ? null : definition.getChildByName(name);
        if (child == null || child.getMax() == 1) {
            throw JsonPatchApplier.unprocessable(
                    "FHIRPath Patch operation " + number + ": '" + name + "' is not a repeating element");
        }
        return new ListTarget(parent, name, child);
    }

    @SuppressWarnings("unchecked")
    List<IBase> values() {
        return (List<IBase>) child.getAccessor().getValues(parent);
    }

    void insert(int index, IBase value) {
        List<IBase> values = values();
        if (values.isEmpty()) {
            child.getMutator().addValue(parent, value);
        } else {
            values.add(index, value);
        }
    }
}
