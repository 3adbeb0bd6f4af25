package cn.luzhi.query.ballot;

import jakarta.persistence.Embeddable;

/**
 * One entitled deputy on a ballot's roll call: their place in the list the ballot was opened with, and whether
 * they have checked in. Nothing else: whether they voted is not known (a paper names no deputy).
 */
@Embeddable
public class RollCallEntry {

    /** 1 for the first deputy the opening named. */
    int rollOrder;
    boolean checkedIn;

    protected RollCallEntry() {
        // For JPA.
    }

    RollCallEntry(int rollOrder) {
        this.rollOrder = rollOrder;
    }
}
