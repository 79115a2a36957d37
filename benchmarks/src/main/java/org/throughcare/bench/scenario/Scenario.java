package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One benchmark: runs against the server in the context and answers its result as JSON. */
public interface Scenario {

    ObjectNode run(Context context) throws Exception;
}
