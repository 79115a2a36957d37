package org.throughcare.record.patch;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Resource;
import org.throughcare.record.RecordException;

/** One FHIRPath Patch operation and its parts. */
final class PatchOperation {

    private final ParametersParameterComponent operation;
    private final int number;

    PatchOperation(ParametersParameterComponent operation, int number) {
        this.operation = operation;
        this.number = number;
    }

    void applyTo(Resource resource, FhirPathPatchApplier patcher) {
        String type = text("type");
        String path = text("path");
        switch (type) {
            case "add" ->
                FhirPathPatchApplier.set(patcher.single(resource, path, number), text("name"), value(), number);
            case "delete" -> delete(resource, patcher, path);
            case "replace" -> replace(resource, patcher, path);
            case "insert" -> insert(resource, patcher, path);
            case "move" -> move(resource, patcher, path);
            default ->
                throw RecordException.invalid("FHIRPath Patch operation " + number + " has unknown type " + type);
        }
    }

    private void delete(Resource resource, FhirPathPatchApplier patcher, String path) {
        List<Base> found = patcher.evaluate(resource, path, number);
        if (found.size() > 1) {
            throw JsonPatchApplier.unprocessable(
                    "FHIRPath Patch operation " + number + ": delete matched several elements");
        }
        if (found.size() == 1) {
            ElementLocation location = patcher.locate(resource, found.getFirst(), number);
            location.parent().removeChild(location.child().getElementName(), found.getFirst());
        }
    }

    private void replace(Resource resource, FhirPathPatchApplier patcher, String path) {
        Base target = patcher.single(resource, path, number);
        ElementLocation location = patcher.locate(resource, target, number);
        IBase replacement = FhirPathPatchApplier.converted(
                location.parent(), location.child().getElementName(), value(), number);
        if (location.isRepeating()) {
            location.liveValues().set(location.index(), replacement);
        } else {
            location.child().getMutator().setValue(location.parent(), replacement);
        }
    }

    private void insert(Resource resource, FhirPathPatchApplier patcher, String path) {
        ListTarget list = ListTarget.of(resource, patcher, path, number);
        int index = integer("index");
        List<IBase> values = list.values();
        if (index < 0 || index > values.size()) {
            throw JsonPatchApplier.unprocessable("FHIRPath Patch operation " + number + ": index out of range");
        }
        IBase value = FhirPathPatchApplier.converted(list.parent(), list.name(), value(), number);
        list.insert(index, value);
    }

    private void move(Resource resource, FhirPathPatchApplier patcher, String path) {
        ListTarget list = ListTarget.of(resource, patcher, path, number);
        int source = integer("source");
        int destination = integer("destination");
        List<IBase> values = list.values();
        if (source < 0 || source >= values.size() || destination < 0 || destination >= values.size()) {
            throw JsonPatchApplier.unprocessable("FHIRPath Patch operation " + number + ": index out of range");
        }
        IBase moved = values.remove(source);
        values.add(destination, moved);
    }

    private String text(String name) {
        return part(name)
                .map(part -> part.getValue() == null ? null : part.getValue().primitiveValue())
                .orElseThrow(
                        () -> RecordException.invalid("FHIRPath Patch operation " + number + " needs '" + name + "'"));
    }

    private int integer(String name) {
        try {
            return Integer.parseInt(text(name));
        } catch (NumberFormatException e) {
            throw RecordException.invalid("FHIRPath Patch operation " + number + ": '" + name + "' must be an integer");
        }
    }

    private ParametersParameterComponent value() {
        return part("value")
                .orElseThrow(() -> RecordException.invalid("FHIRPath Patch operation " + number + " needs a value"));
    }

    private java.util.Optional<ParametersParameterComponent> part(String name) {
        return operation.getPart().stream()
                .filter(part -> name.equals(part.getName()))
                .findFirst();
    }
}
