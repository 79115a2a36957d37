/**
 * Value types used everywhere ({@link org.throughcare.shared.NhsNumber}, {@link
 * org.throughcare.shared.PrisonNumber}), the clock, the FHIR R4 context, {@link
 * org.throughcare.shared.TransactionScoped} (what a database transaction remembers) and {@link
 * org.throughcare.shared.ControlCharacters} (what no stored text may hold). Kept tiny on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.throughcare.shared;
