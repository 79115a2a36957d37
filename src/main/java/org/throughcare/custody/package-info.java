/**
 * The custody journey: the places of detention ({@link org.throughcare.custody.Establishments}),
 * custody episodes and the movements that make them (reception, transfer, court, hospital,
 * temporary release, release, death), the prison service's movement events, and the work each
 * movement brings (reception screens, deadlines, transfer and release). Everything it keeps about a
 * patient is in the record as FHIR resources (EpisodeOfCare, Encounter, Task, Composition ...);
 * its own tables hold only the inbox of movements received and read models rebuilt from the record.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "record", "security", "patient", "web"})
package org.throughcare.custody;
