/**
 * The append-only, tamper-evident log of every access to and change of patient data, sign-in,
 * refusal and break-glass, as FHIR AuditEvents shaped by the IHE Basic Audit Log Patterns. {@link
 * org.throughcare.audit.AuditLog} writes, {@link org.throughcare.audit.AuditQueries} answers the
 * Caldicott guardian's questions, {@link org.throughcare.audit.AuditVerification} checks the hash
 * chain. Nothing depends on its internals.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.throughcare.audit;
