package org.openbenefits.platform.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.domain.invoice.InvoiceNumber;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Invoice numbers under load: transactions that take a number at the same time, some of them rolling back, leave the
 * committed numbers of the year exactly 1..N, without gap or duplicate.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceNumbersTest implements TestPropertyProvider {

    @Inject
    InvoiceNumbers numbers;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.get().micronautProperties("platform_invoice_numbers");
    }

    /** A payment failing after it took its number. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super("the payment failed after taking its number", null, false, false);
        }
    }

    @Test
    void forty_transactions_at_once_some_rolling_back_commit_exactly_the_numbers_one_to_n() throws Exception {
        // A year no other test uses, whose counter row the first transactions create while others wait for it.
        Instant at = Instant.parse("2031-03-10T09:00:00Z");
        int transactionCount = 40;
        ConcurrentLinkedQueue<InvoiceNumber> committed = new ConcurrentLinkedQueue<>();
        AtomicInteger rolledBack = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(transactionCount);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < transactionCount; i++) {
                boolean fails = i % 4 == 1;
                done.add(pool.submit(() -> {
                    start.await();
                    try {
                        InvoiceNumber number = transactions.executeWrite(status -> {
                            InvoiceNumber taken = numbers.next(at);
                            // The rest of the payment, holding the year's counter meanwhile.
                            Thread.sleep(5);
                            if (fails) {
                                throw new RolledBack();
                            }
                            return taken;
                        });
                        committed.add(number);
                    } catch (RolledBack expected) {
                        rolledBack.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        int kept = transactionCount - rolledBack.get();
        assertThat(rolledBack.get()).isEqualTo(10);
        assertThat(committed).extracting(InvoiceNumber::year).containsOnly(2031);
        assertThat(committed.stream().map(InvoiceNumber::sequence).sorted().toList())
                .as("every committed number once, none skipped")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, kept).boxed().toList());
        assertThat(jdbc.number("SELECT last_number FROM invoice_counter WHERE invoice_year = 2031")).isEqualTo(kept);
        InvoiceNumber next = transactions.executeWrite(status -> numbers.next(at));
        assertThat(next).as("and the next one follows")
                .isEqualTo(new InvoiceNumber(2031, kept + 1));
    }

    @Test
    void each_paris_calendar_year_starts_again_at_one() {
        InvoiceNumber lastOf2032 = taken(Instant.parse("2032-12-31T22:59:00Z"));
        InvoiceNumber firstOf2033 = taken(Instant.parse("2032-12-31T23:30:00Z"));
        InvoiceNumber secondOf2033 = taken(Instant.parse("2033-01-01T08:00:00Z"));

        assertThat(lastOf2032.value()).isEqualTo("F-2032-000001");
        assertThat(firstOf2033.value()).as("00:30 on 1 January in Paris").isEqualTo("F-2033-000001");
        assertThat(secondOf2033.value()).isEqualTo("F-2033-000002");
    }

    private InvoiceNumber taken(Instant at) {
        return transactions.executeWrite(status -> numbers.next(at));
    }

    @Test
    void a_number_is_taken_only_inside_the_callers_transaction() {
        assertThatThrownBy(() -> numbers.next(Instant.parse("2034-01-01T12:00:00Z")))
                .as("outside a transaction, the counter's lock would end at once and the number could be lost")
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.number("SELECT COUNT(*) FROM invoice_counter WHERE invoice_year = 2034")).isZero();
    }
}
