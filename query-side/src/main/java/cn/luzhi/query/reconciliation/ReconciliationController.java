package cn.luzhi.query.reconciliation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/reconciliation}: runs the check now (ADMIN, AUDITOR; see QueryAccessRules). */
@RestController
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/api/admin/reconciliation")
    ReconciliationReport check() {
        return reconciliation.check();
    }
}
