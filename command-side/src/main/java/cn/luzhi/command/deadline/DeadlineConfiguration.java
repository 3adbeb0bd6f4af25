package cn.luzhi.command.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Durable deadlines: Axon's deadline manager on db-scheduler, whose tasks live in PostgreSQL
 * ({@code scheduled_tasks}). A deadline survives restarts, and with several command nodes exactly one of
 * them picks each due task. Never the in-memory deadline manager.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    private final DbSchedulerDeadlineManagerSupplier deadlineManagerSupplier = new DbSchedulerDeadlineManagerSupplier();

    /** @param recurringTasks periodic jobs of other components (chain checkpoints), run on this one scheduler */
    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, SchedulerProperties properties,
                                ObjectProvider<RecurringTask<?>> recurringTasks) {
        return Scheduler.create(dataSource, DbSchedulerDeadlineManager.humanReadableTask(deadlineManagerSupplier))
                .startTasks(recurringTasks.orderedStream().toList())
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .tableName("scheduled_tasks")
                // JSON task data, so that a pending deadline can be read in scheduled_tasks with psql.
                .serializer(new JacksonSerializer())
                .build();
    }

    @Bean
    DeadlineManager deadlineManager(Scheduler deadlineScheduler, org.axonframework.config.Configuration axon,
                                    @Qualifier("eventSerializer") Serializer serializer,
                                    TransactionManager transactionManager) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .useBinaryPojo(false)
                // Started once the application is ready, when every aggregate can take its deadlines.
                .startScheduler(false)
                .build();
        // Events a deadline raises get the system as actor, like those of commands get theirs.
        manager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        deadlineManagerSupplier.set(manager);
        return manager;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startScheduler(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean("deadlineScheduler", Scheduler.class).start();
    }
}
