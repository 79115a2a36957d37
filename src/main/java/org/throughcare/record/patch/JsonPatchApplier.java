package org.throughcare.record.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.throughcare.record.RecordException;

/**
 * RFC 6902 JSON Patch over a resource's JSON: add, remove, replace, move, copy and test, with JSON
 * Pointer paths (RFC 6901). A failed test or a path that does not exist refuses the whole patch.
 */
final class JsonPatchApplier {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Reads patch documents, refusing a property named twice in one object ({"op":"add","op":"remove"}):
     * Jackson would otherwise keep the last silently (hazard H85).
     */
    private static final ObjectMapper PATCH_READER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private JsonPatchApplier() {}

    static String apply(String resourceJson, String patchDocument) {
        JsonNode operations = readPatch(patchDocument);
        ObjectNode document;
        try {
            document = (ObjectNode) MAPPER.readTree(resourceJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored resource is not JSON", e);
        }
        for (int i = 0; i < operations.size(); i++) {
            applyOne(document, operations.get(i), i);
        }
        return document.toString();
    }

    private static JsonNode readPatch(String patchDocument) {
        try {
            JsonNode operations = PATCH_READER.readTree(patchDocument);
            if (operations == null || !operations.isArray()) {
                throw RecordException.invalid("A JSON Patch document must be a JSON array of operations");
            }
            return operations;
        } catch (JsonProcessingException e) {
            throw RecordException.invalid(
                    "The JSON Patch document is not valid JSON, or names a property twice in one object");
        }
    }

    private static void applyOne(ObjectNode document, JsonNode operation, int index) {
        String op = text(operation, "op", index);
        JsonPointer path = JsonPointer.parse(text(operation, "path", index), index);
        switch (op) {
            case "add" -> path.add(document, value(operation, index));
            case "remove" -> path.remove(document);
            case "replace" -> path.replace(document, value(operation, index));
            case "move" -> {
                JsonPointer from = JsonPointer.parse(text(operation, "from", index), index);
                JsonNode moved = from.get(document);
                from.remove(document);
                path.add(document, moved);
            }
            case "copy" ->
                path.add(
                        document,
                        JsonPointer.parse(text(operation, "from", index), index)
                                .get(document)
                                .deepCopy());
            case "test" -> {
                if (!path.get(document).equals(value(operation, index))) {
                    throw unprocessable("JSON Patch operation " + index + " (test) failed");
                }
            }
            default -> throw RecordException.invalid("JSON Patch operation " + index + " has unknown op '" + op + "'");
        }
    }

    private static String text(JsonNode operation, String field, int index) {
        JsonNode value = operation.get(field);
        if (value == null || !value.isTextual()) {
            throw RecordException.invalid("JSON Patch operation " + index + " needs a '" + field + "' string");
        }
        return value.asText();
    }

    private static JsonNode value(JsonNode operation, int index) {
        if (!operation.has("value")) {
            throw RecordException.invalid("JSON Patch operation " + index + " needs a 'value'");
        }
        return operation.get("value");
    }

    static RecordException unprocessable(String diagnostics) {
        return new RecordException(RecordException.Kind.UNPROCESSABLE, "processing", diagnostics);
    }

    /** A parsed JSON Pointer. */
    record JsonPointer(String[] tokens, int operation) {

        static JsonPointer parse(String pointer, int operation) {
            if (pointer.isEmpty() || pointer.charAt(0) != '/') {
                throw RecordException.invalid(
                        "JSON Patch operation " + operation + " has a path that is not a JSON Pointer");
            }
            String[] tokens = pointer.substring(1).split("/", -1);
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
            }
            return new JsonPointer(tokens, operation);
        }

        JsonNode get(JsonNode document) {
            JsonNode node = document;
            for (String token : tokens) {
                node = child(node, token);
            }
            return node;
        }

        void add(ObjectNode document, JsonNode value) {
            JsonNode parent = parent(document);
            String last = tokens[tokens.length - 1];
            if (parent instanceof ObjectNode object) {
                object.set(last, value);
            } else if (parent instanceof ArrayNode array) {
                int position = last.equals("-") ? array.size() : index(array, last, true);
                array.insert(position, value);
            } else {
                throw missing();
            }
        }

        void remove(ObjectNode document) {
            JsonNode parent = parent(document);
            String last = tokens[tokens.length - 1];
            if (parent instanceof ObjectNode object && object.has(last)) {
                object.remove(last);
            } else if (parent instanceof ArrayNode array) {
                array.remove(index(array, last, false));
            } else {
                throw missing();
            }
        }

        void replace(ObjectNode document, JsonNode value) {
            get(document);
            remove(document);
            add(document, value);
        }

        private JsonNode parent(JsonNode document) {
            JsonNode node = document;
            for (int i = 0; i < tokens.length - 1; i++) {
                node = child(node, tokens[i]);
            }
            return node;
        }

        private JsonNode child(JsonNode node, String token) {
            JsonNode child = node.isArray() ? node.get(index((ArrayNode) node, token, false)) : node.get(token);
            if (child == null) {
                throw missing();
            }
            return child;
        }

        private int index(ArrayNode array, String token, boolean forInsert) {
            try {
                int index = Integer.parseInt(token);
                if (index < 0 || index > array.size() || (!forInsert && index == array.size())) {
                    throw missing();
                }
                return index;
            } catch (NumberFormatException e) {
                throw missing();
            }
        }

        private RecordException missing() {
            return unprocessable("JSON Patch operation " + operation + " refers to a location that does not exist");
        }
    }
}
