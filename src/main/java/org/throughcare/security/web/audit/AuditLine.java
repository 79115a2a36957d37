package org.throughcare.security.web.audit;

/**
 * One audit event as the Caldicott guardian reads it.
 *
 * @param when date and time in London
 * @param who the user name or client id
 * @param name the user's display name
 * @param role their role code
 * @param organisations ODS codes they acted for
 * @param action what happened (read, search, create, sign-in, break-glass ...)
 * @param outcome Success, Refused or Failed
 * @param emergency true when done under break-glass (purpose of use ETREAT)
 * @param patient the patient record id, or empty
 * @param detail the event's description, or the number of entries touched
 */
public record AuditLine(
        String when,
        String who,
        String name,
        String role,
        String organisations,
        String action,
        String outcome,
        boolean emergency,
        String patient,
        String detail) {}
