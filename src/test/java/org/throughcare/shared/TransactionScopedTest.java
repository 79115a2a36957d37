package org.throughcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionScopedTest {

    private final Object key = new Object();
    private final Transactions transactions = new Transactions();

    @Test
    void oneObjectPerTransactionAndNoneOutside() {
        assertThat(TransactionScoped.available()).isFalse();
        List<Object> seen = new ArrayList<>();
        required().executeWithoutResult(status -> {
            assertThat(TransactionScoped.available()).isTrue();
            seen.add(TransactionScoped.get(key, Object::new));
            seen.add(TransactionScoped.get(key, Object::new));
        });
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        required().executeWithoutResult(status -> assertThat(TransactionScoped.get(key, Object::new))
                .isNotSameAs(seen.get(0)));
    }

    @Test
    void aTransactionRunInsideAnotherHasItsOwn() {
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        required().executeWithoutResult(status -> {
            Object outer = TransactionScoped.get(key, Object::new);
            inner.executeWithoutResult(innerStatus ->
                    assertThat(TransactionScoped.get(key, Object::new)).isNotSameAs(outer));
            assertThat(TransactionScoped.get(key, Object::new)).isSameAs(outer);
        });
    }

    @Test
    void anObjectThatIsASynchronizationHearsTheCommit() {
        List<String> heard = new ArrayList<>();
        required()
                .executeWithoutResult(status -> TransactionScoped.get(key, () -> new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        heard.add("before commit");
                    }

                    @Override
                    public void afterCommit() {
                        heard.add("after commit");
                    }
                }));
        assertThat(heard).containsExactly("before commit", "after commit");
    }

    private TransactionTemplate required() {
        return new TransactionTemplate(transactions);
    }

    /** Spring's transaction life cycle (begin, suspend, resume, commit) with no resource behind it. */
    private static final class Transactions extends AbstractPlatformTransactionManager {

        private int depth;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return depth > 0;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            depth++;
        }

        @Override
        protected Object doSuspend(Object transaction) {
            int suspended = depth;
            depth = 0;
            return suspended;
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {
            depth = (Integer) suspendedResources;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            depth--;
        }
    }
}
