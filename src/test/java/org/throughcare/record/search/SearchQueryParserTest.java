package org.throughcare.record.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.throughcare.record.RecordException;

class SearchQueryParserTest {

    @Test
    void splitsClausesModifiersAndOrValues() {
        List<SearchClause> clauses = SearchQueryParser.parse("name:exact=Smith,Jones&birthdate=ge1980&_id=a");

        assertThat(clauses)
                .containsExactly(
                        new SearchClause("name", "exact", List.of("Smith", "Jones")),
                        new SearchClause("birthdate", null, List.of("ge1980")),
                        new SearchClause("_id", null, List.of("a")));
    }

    @Test
    void decodesPercentEncodingAndKeepsEscapedSeparators() {
        List<SearchClause> clauses = SearchQueryParser.parse("identifier=http%3A%2F%2Fx%7Ca%5C%2Cb,c");

        assertThat(clauses.getFirst().values()).containsExactly("http://x|a\\,b", "c");
        assertThat(SearchQueryParser.unescape("a\\,b\\|c\\\\d")).isEqualTo("a,b|c\\d");
        assertThat(SearchQueryParser.splitUnescaped("sys\\|tem|code", '|')).containsExactly("sys\\|tem", "code");
    }

    @Test
    void refusesAClauseWithoutAValue() {
        assertThatThrownBy(() -> SearchQueryParser.parse("name")).isInstanceOf(RecordException.class);
        assertThatThrownBy(() -> SearchQueryParser.parse("name=%zz")).isInstanceOf(RecordException.class);
    }
}
