package cn.luzhi.query.rebuild;

import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.rebuild.ProcessorTokens.SegmentToken;
import cn.luzhi.query.rebuild.ReadModelCatalog.ReadModel;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' view of the projections and their rebuilds (ADMIN only, see QueryAccessRules). */
@RestController
class RebuildController {

    private final Rebuilds rebuilds;
    private final ReadModelCatalog catalog;
    private final ProcessorTokens tokens;
    private final EventProcessingConfiguration processing;

    RebuildController(Rebuilds rebuilds, ReadModelCatalog catalog, ProcessorTokens tokens,
                      EventProcessingConfiguration processing) {
        this.rebuilds = rebuilds;
        this.catalog = catalog;
        this.tokens = tokens;
        this.processing = processing;
    }

    /**
     * One processor as the shared token store and this node see it.
     *
     * @param name        the processor, which is the read model's processing group
     * @param status      RUNNING, STOPPED or ERROR on this node, REBUILDING while a rebuild runs anywhere
     * @param statusLabel the status in Chinese
     * @param position    the lowest global index its segments have reached (-1 before any)
     * @param head        the highest global index in the event store
     * @param lag         events between the two
     * @param segments    its segments with position and owner
     * @param tables      the tables it owns in schema read
     * @param rebuildable whether its projections declare their tables, without which it cannot be rebuilt
     * @param lastRebuild its latest rebuild, or null
     */
    record ProcessorView(String name, String status, String statusLabel, long position, long head, long lag,
                         List<SegmentToken> segments, List<String> tables, boolean rebuildable,
                         RebuildView lastRebuild) {
    }

    @GetMapping("/api/admin/projections")
    List<ProcessorView> projections() {
        Map<String, RebuildView> latest = rebuilds.latest().stream()
                .collect(Collectors.toMap(RebuildView::processor, Function.identity()));
        long head = tokens.head();
        return catalog.all().stream().map(model -> view(model, head, latest.get(model.processor()))).toList();
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    ResponseEntity<RebuildView> rebuild(@PathVariable String name) {
        RebuildView started = rebuilds.start(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/rebuilds/" + started.rebuildId()))
                .body(started);
    }

    @GetMapping("/api/admin/rebuilds")
    List<RebuildView> latestRebuilds() {
        return rebuilds.latest();
    }

    @GetMapping("/api/admin/rebuilds/{id}")
    RebuildView rebuildOf(@PathVariable String id) {
        UUID rebuildId;
        try {
            rebuildId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidQuery("id", "重建任务编号格式不正确：" + id);
        }
        return rebuilds.find(rebuildId);
    }

    private ProcessorView view(ReadModel model, long head, RebuildView lastRebuild) {
        Optional<StreamingEventProcessor> live =
                processing.eventProcessor(model.processor(), StreamingEventProcessor.class);
        Map<Integer, EventTrackerStatus> working = live.map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
        // A segment this node works on is as far as its status says: an idle segment stores its token lazily.
        List<SegmentToken> segments = tokens.of(model.processor()).stream()
                .map(segment -> Optional.ofNullable(working.get(segment.segment()))
                        .flatMap(status -> status.getCurrentPosition().isPresent()
                                ? Optional.of(status.getCurrentPosition().getAsLong()) : Optional.empty())
                        .filter(index -> index > segment.index())
                        .map(index -> new SegmentToken(segment.segment(), index, segment.gaps(), segment.owner()))
                        .orElse(segment))
                .toList();
        long position = segments.stream().mapToLong(SegmentToken::index).min().orElse(-1);
        String status;
        String label;
        if (lastRebuild != null && lastRebuild.phase().running()) {
            status = "REBUILDING";
            label = "重建中";
        } else if (live.isPresent() && live.get().isError()) {
            status = "ERROR";
            label = "出错";
        } else if (live.isPresent() && live.get().isRunning()) {
            status = "RUNNING";
            label = "运行中";
        } else {
            status = "STOPPED";
            label = "已停止";
        }
        return new ProcessorView(model.processor(), status, label, position, head, Math.max(0, head - position),
                segments, model.tables(), model.declared(), lastRebuild);
    }
}
