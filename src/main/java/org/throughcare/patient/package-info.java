/**
 * Patients: finding them and showing their record. This part of the module (issue 4's front door)
 * answers "which patient?" and "what does their record hold?" within what the caller may see:
 * {@link org.throughcare.patient.PatientFinder} searches by name, date of birth, NHS number or
 * prison number, scoped to the working establishment; {@link org.throughcare.patient.PatientRecords}
 * gives the banner every patient page shows and the summary. Both read only through the record's
 * {@code RecordSearch}, so the access guard and the audit apply. Identity matching and merging
 * belong to the same module but are not here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "record", "security", "web"})
package org.throughcare.patient;
