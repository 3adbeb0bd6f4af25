package cn.luzhi.query.reception;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReceptionRows extends JpaRepository<ReceptionRow, String>, JpaSpecificationExecutor<ReceptionRow> {
}
