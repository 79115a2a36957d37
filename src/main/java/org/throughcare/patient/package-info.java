/**
 * Patient identity: identifiers (NHS number, prison number, Home Office reference), matching a
 * person received into custody to the record they already have ({@link
 * org.throughcare.patient.PatientIdentity}), the review of possible duplicates ({@link
 * org.throughcare.patient.IdentityReviews}), merging and unmerging records with Provenance ({@link
 * org.throughcare.patient.PatientMerge}), and tracing through the national Personal Demographics
 * Service ({@link org.throughcare.patient.NationalDemographics}). Patients live in the record; this
 * module keeps only the review queue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "record", "security"})
package org.throughcare.patient;
