package cn.luzhi.query.audit;

/**
 * One broken link found by verification: what is wrong ({@code label} is the kind's Chinese name, the explanation
 * says more), and which event (or checkpoint) it concerns.
 * Event fields are null where the evidence names no event (a checkpoint that no longer matches, a roll-back).
 */
public record ChainBreak(Kind kind, String label, String explanation, String eventId, String aggregateId,
                         Long sequenceNumber, Long globalIndex, Long checkpointNumber) {

    ChainBreak(Kind kind, String explanation, String eventId, String aggregateId, Long sequenceNumber,
               Long globalIndex, Long checkpointNumber) {
        this(kind, kind.label(), explanation, eventId, aggregateId, sequenceNumber, globalIndex, checkpointNumber);
    }

    /** The kinds of damage verification tells apart, with their Chinese names. */
    public enum Kind {
        MODIFIED("内容被修改"),
        DELETED("事件被删除"),
        REORDERED("顺序被调换"),
        FORGED("伪造的事件"),
        SEQUENCE_GAP("序号不连续"),
        CHECKPOINT_MISMATCH("与检查点不符"),
        CHECKPOINT_TAMPERED("检查点被篡改"),
        ROLLED_BACK("回退到旧的检查点"),
        FILE_INVALID("检查点文件无效");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static ChainBreak ofEvent(Kind kind, String explanation, String eventId, String aggregateId, long sequenceNumber,
                              Long globalIndex) {
        return new ChainBreak(kind, explanation, eventId, aggregateId, sequenceNumber, globalIndex, null);
    }

    static ChainBreak ofCheckpoint(Kind kind, String explanation, Long checkpointNumber) {
        return new ChainBreak(kind, explanation, null, null, null, null, checkpointNumber);
    }
}
