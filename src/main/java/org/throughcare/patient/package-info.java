/**
 * Patients: who they are and finding them.
 *
 * <p>Identity: identifiers (NHS number, prison number, Home Office reference), matching a person
 * received into custody to the record they already have ({@link
 * org.throughcare.patient.PatientIdentity}), the review of possible duplicates ({@link
 * org.throughcare.patient.IdentityReviews}), merging and unmerging records with Provenance ({@link
 * org.throughcare.patient.PatientMerge}), and tracing through the national Personal Demographics
 * Service ({@link org.throughcare.patient.NationalDemographics}).
 *
 * <p>Finding and showing (the front door): {@link org.throughcare.patient.PatientFinder} searches by
 * name, date of birth, NHS number or prison number, scoped to the working establishment; {@link
 * org.throughcare.patient.PatientRecords} gives the banner every patient page shows ({@link
 * org.throughcare.patient.PatientHeadline}, {@link org.throughcare.patient.PatientBanner}) and the
 * summary. Both read only through the record's {@code RecordSearch}, so the access guard and the
 * audit apply. Patients live in the record; this module keeps only the review queue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "record", "security", "web"})
package org.throughcare.patient;
