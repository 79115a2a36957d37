package org.throughcare.record.index;

import java.math.BigDecimal;
import java.util.Collection;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.UriType;

/** Turns one value found by a search parameter's expression into index entries of its type. */
final class IndexValues {

    private IndexValues() {}

    static void addTo(Collection<IndexEntry> entries, SearchParameter parameter, IBase value) {
        int spId = parameter.spId();
        switch (parameter.type()) {
            case TOKEN -> tokens(entries, spId, value);
            case STRING -> strings(entries, spId, value);
            case DATE -> dates(entries, spId, value);
            case REFERENCE -> references(entries, spId, value);
            case NUMBER -> numbers(entries, spId, value);
            case QUANTITY -> quantities(entries, spId, value);
            case URI -> uris(entries, spId, value);
            default -> {}
        }
    }

    private static void tokens(Collection<IndexEntry> entries, int spId, IBase value) {
        switch (value) {
            case Coding coding -> coding(entries, spId, coding);
            case CodeableConcept concept -> {
                concept.getCoding().forEach(coding -> coding(entries, spId, coding));
                text(entries, DerivedIndex.textOf(spId), concept.getText());
            }
            case Identifier identifier -> identifier(entries, spId, identifier);
            case ContactPoint contact ->
                token(entries, spId, contact.hasSystem() ? contact.getSystem().toCode() : null, contact.getValue());
            case Enumeration<?> enumeration -> token(entries, spId, enumeration.getSystem(), enumeration.getCode());
            case BooleanType bool -> token(entries, spId, null, bool.hasValue() ? bool.getValueAsString() : null);
            case PrimitiveType<?> primitive -> token(entries, spId, null, primitive.getValueAsString());
            default -> {}
        }
    }

    private static void coding(Collection<IndexEntry> entries, int spId, Coding coding) {
        token(entries, spId, coding.getSystem(), coding.getCode());
        text(entries, DerivedIndex.textOf(spId), coding.getDisplay());
    }

    /** An identifier is also indexed by its type, for :of-type (type system, "type code|value"). */
    private static void identifier(Collection<IndexEntry> entries, int spId, Identifier identifier) {
        token(entries, spId, identifier.getSystem(), identifier.getValue());
        if (identifier.hasValue()) {
            for (Coding type : identifier.getType().getCoding()) {
                if (type.hasCode()) {
                    token(
                            entries,
                            DerivedIndex.typedIdentifierOf(spId),
                            type.getSystem(),
                            type.getCode() + "|" + identifier.getValue());
                }
            }
        }
    }

    private static void token(Collection<IndexEntry> entries, int spId, String system, String code) {
        if (code != null && !code.isBlank()) {
            entries.add(new IndexEntry.Token(spId, blankToNull(system), code));
        }
    }

    private static void strings(Collection<IndexEntry> entries, int spId, IBase value) {
        switch (value) {
            case HumanName name -> {
                text(entries, spId, name.getFamily());
                name.getGiven().forEach(given -> text(entries, spId, given.getValue()));
                name.getPrefix().forEach(prefix -> text(entries, spId, prefix.getValue()));
                name.getSuffix().forEach(suffix -> text(entries, spId, suffix.getValue()));
                text(entries, spId, name.getText());
            }
            case Address address -> {
                address.getLine().forEach(line -> text(entries, spId, line.getValue()));
                text(entries, spId, address.getCity());
                text(entries, spId, address.getDistrict());
                text(entries, spId, address.getState());
                text(entries, spId, address.getPostalCode());
                text(entries, spId, address.getCountry());
                text(entries, spId, address.getText());
            }
            case PrimitiveType<?> primitive -> text(entries, spId, primitive.getValueAsString());
            default -> {}
        }
    }

    private static void text(Collection<IndexEntry> entries, int spId, String text) {
        if (text != null && !text.isBlank()) {
            entries.add(new IndexEntry.Text(spId, text));
        }
    }

    private static void dates(Collection<IndexEntry> entries, int spId, IBase value) {
        switch (value) {
            case BaseDateTimeType date
            when date.getValue() != null ->
                entries.add(new IndexEntry.DateRange(spId, DateRanges.low(date), DateRanges.high(date)));
            case Period period
            when period.hasStart() || period.hasEnd() ->
                entries.add(new IndexEntry.DateRange(
                        spId,
                        period.hasStart() ? DateRanges.low(period.getStartElement()) : DateRanges.EARLIEST,
                        period.hasEnd() ? DateRanges.high(period.getEndElement()) : DateRanges.LATEST));
            case Timing timing -> {
                timing.getEvent().forEach(event -> dates(entries, spId, event));
                if (timing.getRepeat().hasBoundsPeriod()) {
                    dates(entries, spId, timing.getRepeat().getBoundsPeriod());
                }
            }
            default -> {}
        }
    }

    private static void references(Collection<IndexEntry> entries, int spId, IBase value) {
        switch (value) {
            case Reference reference -> {
                if (reference.hasReference()) {
                    reference(entries, spId, reference.getReference());
                }
                if (reference.hasIdentifier()) {
                    Identifier identifier = reference.getIdentifier();
                    token(
                            entries,
                            DerivedIndex.referenceIdentifierOf(spId),
                            identifier.getSystem(),
                            identifier.getValue());
                }
            }
            case UriType uri when uri.hasValue() -> entries.add(new IndexEntry.Reference(spId, null, uri.getValue()));
            default -> {}
        }
    }

    private static void reference(Collection<IndexEntry> entries, int spId, String reference) {
        LocalReference.parse(reference)
                .ifPresentOrElse(local -> entries.add(new IndexEntry.Reference(spId, local.type(), local.id())), () -> {
                    if (!reference.startsWith("#")) {
                        entries.add(new IndexEntry.Reference(spId, null, reference));
                    }
                });
    }

    private static void numbers(Collection<IndexEntry> entries, int spId, IBase value) {
        switch (value) {
            case DecimalType decimal
            when decimal.getValue() != null -> entries.add(new IndexEntry.Number(spId, decimal.getValue()));
            case IntegerType integer
            when integer.getValue() != null ->
                entries.add(new IndexEntry.Number(spId, BigDecimal.valueOf(integer.getValue())));
            default -> {}
        }
    }

    private static void quantities(Collection<IndexEntry> entries, int spId, IBase value) {
        switch (value) {
            case Quantity quantity
            when quantity.hasValue() ->
                entries.add(new IndexEntry.Quantity(
                        spId,
                        quantity.getValue(),
                        blankToNull(quantity.getSystem()),
                        quantity.hasCode() ? quantity.getCode() : blankToNull(quantity.getUnit())));
            case Money money
            when money.hasValue() ->
                entries.add(
                        new IndexEntry.Quantity(spId, money.getValue(), "urn:iso:std:iso:4217", money.getCurrency()));
            case Range range -> {
                quantities(entries, spId, range.getLow());
                quantities(entries, spId, range.getHigh());
            }
            default -> {}
        }
    }

    private static void uris(Collection<IndexEntry> entries, int spId, IBase value) {
        if (value instanceof PrimitiveType<?> uri && uri.hasValue()) {
            entries.add(new IndexEntry.Uri(spId, uri.getValueAsString()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
