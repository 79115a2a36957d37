package org.throughcare.record.patch;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.IModelVisitor2;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Resource;

/**
 * Where an element sits in a resource: its parent, the child definition that holds it and its
 * position in that child's list, found by walking the resource for that very object.
 */
record ElementLocation(Base parent, BaseRuntimeChildDefinition child, int index) {

    @SuppressWarnings("unchecked")
    List<IBase> liveValues() {
        return (List<IBase>) child.getAccessor().getValues(parent);
    }

    boolean isRepeating() {
        return child.getMax() != 1;
    }

    static Optional<ElementLocation> of(FhirContext fhirContext, Resource resource, Base target) {
        ElementLocation[] found = new ElementLocation[1];
        fhirContext.newTerser().visit(resource, new IModelVisitor2() {
            @Override
            public boolean acceptElement(
                    IBase element,
                    List<IBase> containing,
                    List<BaseRuntimeChildDefinition> childPath,
                    List<BaseRuntimeElementDefinition<?>> elementPath) {
                if (element == target && containing.size() >= 2 && found[0] == null) {
                    Base parent = (Base) containing.get(containing.size() - 2);
                    BaseRuntimeChildDefinition child = childPath.getLast();
                    found[0] = new ElementLocation(
                            parent, child, indexOf(child.getAccessor().getValues(parent), target));
                }
                return found[0] == null;
            }

            @Override
            public boolean acceptUndeclaredExtension(
                    IBaseExtension<?, ?> extension,
                    List<IBase> containing,
                    List<BaseRuntimeChildDefinition> childPath,
                    List<BaseRuntimeElementDefinition<?>> elementPath) {
                return found[0] == null;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    private static int indexOf(List<? extends IBase> values, IBase target) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == target) {
                return i;
            }
        }
        return -1;
    }
}
