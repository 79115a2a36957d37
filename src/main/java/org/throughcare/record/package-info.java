/**
 * The clinical record: every clinical fact as a versioned FHIR R4 resource in our own PostgreSQL
 * schema, with history and search indexes. {@link org.throughcare.record.RecordService} is the only
 * way in; everything in the sub-packages is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.throughcare.record;
