package org.throughcare.shared;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An object that lives as long as the current database transaction: made on first use, bound to
 * the transaction under a key, set aside while the transaction is suspended (so a transaction run
 * inside it has its own) and dropped when it ends. An object that is itself a {@link
 * TransactionSynchronization} also hears the transaction's commit and completion.
 */
public final class TransactionScoped {

    private TransactionScoped() {}

    /** Whether there is a transaction to bind to. */
    public static boolean available() {
        return TransactionSynchronizationManager.isSynchronizationActive();
    }

    /** The current transaction's object under {@code key}; call only when {@link #available()}. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> create) {
        T bound = (T) TransactionSynchronizationManager.getResource(key);
        if (bound != null) {
            return bound;
        }
        T made = create.get();
        TransactionSynchronizationManager.bindResource(key, made);
        TransactionSynchronizationManager.registerSynchronization(new Binding(key, made));
        if (made instanceof TransactionSynchronization synchronization) {
            TransactionSynchronizationManager.registerSynchronization(synchronization);
        }
        return made;
    }

    private record Binding(Object key, Object value) implements TransactionSynchronization {

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(key, value);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }
}
