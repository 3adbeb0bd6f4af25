package cn.luzhi.command.region;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRenamed;
import cn.luzhi.events.region.RegionRetired;
import cn.luzhi.events.region.RegionStatus;
import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.region.RegisterRegion;
import cn.luzhi.events.region.RenameRegion;
import cn.luzhi.events.region.RetireRegion;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An administrative region (行政区划), identified by its statutory division code. Statutory codes nest (a
 * village's 12 digits begin with its township's 9, which begin with the county's 6), so the code alone
 * tells the tier and the parent's code; the aggregate checks both against the command because it cannot
 * look at the parent region itself. Whether the parent exists is left to the API.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Region {

    @AggregateIdentifier
    private RegionId regionId;
    private String name;
    private RegionTier tier;
    private RegionStatus status;

    protected Region() {
        // For Axon, which rebuilds the region from its events.
    }

    @CommandHandler
    public Region(RegisterRegion command) {
        RegionTier tier = command.level().tier();
        String code = command.regionId().value();
        if (RegionTier.ofCode(code).orElse(null) != tier) {
            throw CommandRefused.becauseOf("regionId", "「" + command.level().label() + "」的行政区划代码须为"
                    + tier.codeLength() + "位数字，「" + code + "」不符合");
        }
        if (tier == RegionTier.COUNTY) {
            if (command.parentId() != null) {
                throw CommandRefused.becauseOf("parentId",
                        "「" + command.level().label() + "」是本系统最高一级行政区划，不能填写上级");
            }
        } else {
            String parentCode = code.substring(0, code.length() - 3);
            if (command.parentId() == null || !command.parentId().value().equals(parentCode)) {
                throw CommandRefused.becauseOf("parentId", "上级行政区划代码须为本级代码「" + code + "」的前"
                        + parentCode.length() + "位「" + parentCode + "」");
            }
        }
        apply(new RegionRegistered(command.regionId(), command.name(), command.level(), command.parentId()));
    }

    @CommandHandler
    public void handle(RenameRegion command) {
        requireActive("改名");
        if (command.name().equals(name)) {
            throw CommandRefused.becauseOf("name", "新名称与现名称「" + name + "」相同，无需改名");
        }
        apply(new RegionRenamed(regionId, name, command.name()));
    }

    @CommandHandler
    public void handle(RetireRegion command) {
        requireActive("撤并");
        RegionId mergedInto = command.mergedIntoId();
        if (mergedInto != null) {
            if (mergedInto.equals(regionId)) {
                throw CommandRefused.becauseOf("mergedIntoId", "不能把行政区划并入它自己");
            }
            if (RegionTier.ofCode(mergedInto.value()).orElse(null) != tier) {
                throw CommandRefused.becauseOf("mergedIntoId", "只能并入同为" + tier.label()
                        + "的行政区划（代码为" + tier.codeLength() + "位数字），「" + mergedInto + "」不符合");
            }
        }
        apply(new RegionRetired(regionId, mergedInto, command.reason()));
    }

    private void requireActive(String action) {
        if (status.isTerminal()) {
            throw refusal(action);
        }
    }

    private CommandRefused refusal(String action) {
        return CommandRefused.because("行政区划「" + name + "」当前状态为「" + status.label() + "」，不能" + action);
    }

    @EventSourcingHandler
    void on(RegionRegistered event) {
        regionId = event.regionId();
        name = event.name();
        tier = event.level().tier();
        status = RegionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(RegionRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(RegionRetired event) {
        status = RegionStatus.RETIRED;
    }
}
