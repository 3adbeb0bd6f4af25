package cn.luzhi.command.eventstore;

import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;

/**
 * Hands each aggregate's {@code @Aggregate(filterEventsByType = true)} on to Axon, whose Spring lookup of
 * aggregates (4.13's {@code SpringAggregateLookup}) passes the other attributes of the annotation to the aggregate's
 * configurer but drops this one. With it, a repository reads only the events and snapshots stored with its own
 * aggregate type: an id of another kind of record (a region's code sent to a petition, a deadline or a snapshot
 * under it) is then an aggregate that does not exist, not one rebuilt from another kind's events.
 */
final class AggregateTypeFilter implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        for (String name : beans.getBeanNamesForType(SpringAggregateConfigurer.class, true, false)) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            ValueHolder first = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, Class.class);
            if (first != null && first.getValue() instanceof Class<?> aggregate) {
                Aggregate annotation = aggregate.getAnnotation(Aggregate.class);
                if (annotation != null && annotation.filterEventsByType()) {
                    definition.getPropertyValues().add("filterEventsByType", true);
                }
            }
        }
    }
}
