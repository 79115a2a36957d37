package org.throughcare.web;

/**
 * An establishment a member of staff works at, as the header shows it.
 *
 * @param code its establishment code (the NOMIS agency code, such as LEI) or, for other workplaces, ODS code
 * @param name its name, such as HMP Leeds; the code when the record holds no Organization for it
 */
public record WorkingEstablishment(String code, String name) {}
