package org.throughcare.record.index;

/**
 * Keys for values derived from a parameter's values, kept in the index tables under the negated key
 * of the parameter so no extra definitions are needed: the text of a token's codes (for {@code
 * :text}, in sp_string), an identifier's type with its value (for {@code :of-type}, in sp_token),
 * and a reference's logical identifier (for {@code :identifier}, in sp_token). A parameter is only
 * ever one type, so the negated keys never collide.
 */
public final class DerivedIndex {

    private DerivedIndex() {}

    public static int textOf(int spId) {
        return -spId;
    }

    public static int typedIdentifierOf(int spId) {
        return -spId;
    }

    public static int referenceIdentifierOf(int spId) {
        return -spId;
    }
}
