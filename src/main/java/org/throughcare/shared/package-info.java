/**
 * Value types used everywhere ({@link org.throughcare.shared.NhsNumber}, {@link
 * org.throughcare.shared.PrisonNumber}), the clock and the FHIR R4 context. Kept tiny on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.throughcare.shared;
