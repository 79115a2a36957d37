package org.throughcare.record.write;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.IModelVisitor2;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Walks a resource and hands every Reference element, with its path, to a visitor. */
final class ReferencePaths {

    private ReferencePaths() {}

    static void visit(FhirContext fhirContext, Resource resource, ReferenceResolver.ReferenceVisitor visitor) {
        fhirContext.newTerser().visit(resource, new IModelVisitor2() {
            @Override
            public boolean acceptElement(
                    IBase element,
                    List<IBase> containingElements,
                    List<BaseRuntimeChildDefinition> childPath,
                    List<BaseRuntimeElementDefinition<?>> elementPath) {
                if (element instanceof Reference reference && reference.hasReference()) {
                    visitor.visit(path(resource, childPath), reference);
                }
                return true;
            }

            @Override
            public boolean acceptUndeclaredExtension(
                    IBaseExtension<?, ?> extension,
                    List<IBase> containingElements,
                    List<BaseRuntimeChildDefinition> childPath,
                    List<BaseRuntimeElementDefinition<?>> elementPath) {
                return true;
            }
        });
    }

    private static String path(Resource resource, List<BaseRuntimeChildDefinition> childPath) {
        StringBuilder path = new StringBuilder(resource.fhirType());
        for (BaseRuntimeChildDefinition child : childPath) {
            if (child != null) {
                path.append('.').append(child.getElementName());
            }
        }
        return path.toString();
    }
}
