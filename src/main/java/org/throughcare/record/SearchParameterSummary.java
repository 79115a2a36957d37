package org.throughcare.record;

/** A search parameter a client may use: its name, FHIR type code and FHIRPath expression. */
public record SearchParameterSummary(String name, String type, String expression) {}
