/**
 * Who may do what: staff sign-in (local accounts on an embedded OpenID Connect provider, or an
 * external one such as NHS CIS2), OAuth2 bearer tokens with SMART on FHIR scopes for the FHIR API,
 * roles, legitimate relationships with patients, confidentiality labels and break-glass. The
 * decisions are made in one place, {@code policy}, which the record consults on every path
 * through its {@link org.throughcare.record.RecordAccessGuard}. Public API: {@link
 * org.throughcare.security.Caller}, {@link org.throughcare.security.Callers}, {@link
 * org.throughcare.security.StaffRole}, {@link org.throughcare.security.BreakGlass}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "record", "audit"})
package org.throughcare.security;
