package org.openbenefits.platform.employee;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The threads that run CSV imports: few ({@code platform.imports.threads}, 2 by default), with a short queue
 * ({@code platform.imports.queue-capacity}, 4), since each waiting import holds its file in memory (10 MB at most) and
 * each running one two database connections: (2 + 4) files at most per instance. A full queue refuses the import at
 * once (503 import.busy) rather than letting it wait unseen. Stopping the service drops the queue; those jobs are
 * marked FAILED, INTERRUPTED ({@link ImportHeartbeat}).
 */
@Factory
class ImportExecutorFactory {

    static final String NAME = "employee-import";

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "shutdownNow")
    ExecutorService employeeImports(@Value("${platform.imports.threads:2}") int threads,
                                    @Value("${platform.imports.queue-capacity:4}") int queueCapacity) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity),
                Thread.ofPlatform().name(NAME + "-", 1).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }
}
