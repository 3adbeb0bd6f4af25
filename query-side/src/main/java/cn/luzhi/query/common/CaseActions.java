package cn.luzhi.query.common;

import cn.luzhi.events.account.AccountCreated;
import cn.luzhi.events.account.AccountDisabled;
import cn.luzhi.events.account.AccountEnabled;
import cn.luzhi.events.account.AccountLockoutReleased;
import cn.luzhi.events.account.AccountPasswordChanged;
import cn.luzhi.events.account.AccountPasswordReset;
import cn.luzhi.events.account.AccountRoleChanged;
import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.CandidateCollected;
import cn.luzhi.events.ballot.CandidatesShortlisted;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.events.deputy.DeputyAddedToMediatorPool;
import cn.luzhi.events.deputy.DeputyMandateTerminated;
import cn.luzhi.events.deputy.DeputyProfessionalGroupChanged;
import cn.luzhi.events.deputy.DeputyQrCodeReissued;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyRemovedFromMediatorPool;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.duty.AttendanceRecorded;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityCancelled;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.mediation.SettlementJudiciallyConfirmed;
import cn.luzhi.events.personaldata.PersonalDataForgotten;
import cn.luzhi.events.personaldata.PersonalDataViewed;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionHotlineFeedbackRecorded;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.events.reception.ReceptionIssueAnswered;
import cn.luzhi.events.reception.ReceptionIssueTurnedIntoPetition;
import cn.luzhi.events.reception.ReceptionRecorded;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRenamed;
import cn.luzhi.events.region.RegionRetired;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationQrCodeReissued;
import cn.luzhi.events.station.StationRenamed;
import cn.luzhi.events.station.StationReopened;
import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionCoSignersInvited;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionProcuratorateOutcomeRecorded;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.unit.HandlingUnitDeactivated;
import cn.luzhi.events.unit.HandlingUnitReactivated;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.events.unit.HandlingUnitRenamed;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What happened, per event type, in words a leader reads at a glance: the live ticker, the case history (the
 * audit trail) and the audit log say it the same way.
 */
public final class CaseActions {

    private static final Map<Class<?>, String> ACTIONS = Map.ofEntries(
            Map.entry(PetitionSubmitted.class, "收到群众诉求"),
            Map.entry(PetitionAccepted.class, "代表受理诉求"),
            Map.entry(PetitionDeclined.class, "诉求不予受理"),
            Map.entry(PetitionForwarded.class, "诉求转交承办单位"),
            Map.entry(PetitionDeadlineExtended.class, "诉求答复期限延期"),
            Map.entry(PetitionOverdue.class, "诉求答复逾期"),
            Map.entry(PetitionReplied.class, "承办单位答复诉求"),
            Map.entry(PetitionFollowedUp.class, "代表跟进诉求"),
            Map.entry(PetitionRated.class, "群众评价诉求办理"),
            Map.entry(PetitionReopened.class, "诉求重新办理"),
            Map.entry(PetitionClosed.class, "诉求办结"),
            Map.entry(PetitionUrged.class, "督办诉求"),
            Map.entry(PetitionWithdrawn.class, "群众撤回诉求"),
            Map.entry(PetitionMerged.class, "诉求合并办理"),
            Map.entry(PetitionHotlineFeedbackRecorded.class, "向12345热线反馈办理结果"),
            Map.entry(SuggestionDrafted.class, "代表起草建议"),
            Map.entry(SuggestionCoSignersInvited.class, "领衔代表邀请联名"),
            Map.entry(SuggestionCoSigned.class, "代表联名建议"),
            Map.entry(SuggestionSubmitted.class, "代表提出建议"),
            Map.entry(SuggestionAccepted.class, "建议立案"),
            Map.entry(SuggestionReturned.class, "建议退回"),
            Map.entry(SuggestionMerged.class, "建议并案"),
            Map.entry(BillHandledAsSuggestion.class, "议案转为建议办理"),
            Map.entry(SuggestionAssigned.class, "建议交办承办单位"),
            Map.entry(SuggestionDeadlineExtended.class, "建议答复期限延期"),
            Map.entry(SuggestionOverdue.class, "建议答复逾期"),
            Map.entry(SuggestionDiscussedWithDeputy.class, "承办单位与代表见面沟通"),
            Map.entry(SuggestionOpinionSent.class, "协办单位提出意见"),
            Map.entry(SuggestionReplied.class, "承办单位答复建议"),
            Map.entry(SuggestionRated.class, "代表评价建议答复"),
            Map.entry(SuggestionReopened.class, "建议重新办理"),
            Map.entry(SuggestionClosed.class, "建议办结"),
            Map.entry(SuggestionUrged.class, "督办建议"),
            Map.entry(SuggestionPickedForKeySupervision.class, "领导领衔督办建议"),
            Map.entry(SuggestionFollowedUp.class, "建议办理回头看"),
            Map.entry(SuggestionUpgradedToSolved.class, "建议所提问题已解决"),
            Map.entry(SuggestionConvertedToProcuratorate.class, "建议转为检察建议"),
            Map.entry(SuggestionProcuratorateOutcomeRecorded.class, "记录检察转化结果"),
            Map.entry(MediationCaseReferred.class, "法院委派诉前调解"),
            Map.entry(MediatorsAssigned.class, "指派代表调解员"),
            Map.entry(MediatorReleased.class, "撤换调解员"),
            Map.entry(MediationSessionHeld.class, "代表主持调解"),
            Map.entry(MediationPeriodExtended.class, "调解期限延长"),
            Map.entry(MediationOverdue.class, "调解期限届满"),
            Map.entry(MediationCaseSettled.class, "调解成功"),
            Map.entry(MediationCaseFailed.class, "调解不成转入诉讼"),
            Map.entry(MediationCaseWithdrawn.class, "调解案件撤回"),
            Map.entry(SettlementJudiciallyConfirmed.class, "调解协议司法确认"),
            Map.entry(MediationCaseFollowedUp.class, "调解案件回访"),
            Map.entry(BallotCreated.class, "发起民生实事项目票决"),
            Map.entry(CandidateCollected.class, "征集民生实事候选项目"),
            Map.entry(CandidatesShortlisted.class, "初定票决候选项目"),
            Map.entry(BallotOpened.class, "民生实事项目票决开始投票"),
            Map.entry(DeputyCheckedIn.class, "代表签到领取选票"),
            Map.entry(VoteCast.class, "代表无记名投票"),
            Map.entry(BallotClosed.class, "票决投票截止"),
            Map.entry(TallyPublished.class, "公布票决结果"),
            Map.entry(LivelihoodProjectApproved.class, "民生实事项目票决立项"),
            Map.entry(ProjectMilestonesPlanned.class, "制定民生实事项目计划"),
            Map.entry(ProjectProgressRecorded.class, "登记民生实事项目进度"),
            Map.entry(ProjectInspected.class, "代表视察民生实事项目"),
            Map.entry(ProjectCompleted.class, "民生实事项目完工"),
            Map.entry(ProjectRated.class, "民生实事项目满意度测评"),
            Map.entry(ReceptionRecorded.class, "代表进家接待群众"),
            Map.entry(ReceptionIssueAnswered.class, "答复接待中反映的问题"),
            Map.entry(ReceptionIssueTurnedIntoPetition.class, "接待问题转为诉求"),
            Map.entry(cn.luzhi.events.legislation.DraftOpenedForComment.class, "发布法规草案征求意见"),
            Map.entry(cn.luzhi.events.legislation.OpinionCollected.class, "收集立法意见"),
            Map.entry(cn.luzhi.events.legislation.OpinionsMerged.class, "合并重复的立法意见"),
            Map.entry(cn.luzhi.events.legislation.CommentPeriodClosed.class, "征求意见截止"),
            Map.entry(cn.luzhi.events.legislation.OpinionsForwarded.class, "向立法机关报送意见"),
            Map.entry(cn.luzhi.events.legislation.LegislativeFeedbackRecorded.class, "登记立法意见采纳情况"),
            Map.entry(DutyActivityScheduled.class, "安排履职活动"),
            Map.entry(AttendanceRecorded.class, "履职活动点名"),
            Map.entry(DeputyCheckedInToActivity.class, "代表扫码签到"),
            Map.entry(DutyActivityClosed.class, "履职活动结束"),
            Map.entry(DutyActivityCancelled.class, "履职活动取消"),
            // Reference data and personal data: never on the ticker, but every event is in the audit log.
            Map.entry(RegionRegistered.class, "登记行政区划"),
            Map.entry(RegionRenamed.class, "行政区划更名"),
            Map.entry(RegionRetired.class, "撤销行政区划"),
            Map.entry(StationOpened.class, "设立代表之家（站）"),
            Map.entry(StationRenamed.class, "代表之家（站）更名"),
            Map.entry(StationMoved.class, "代表之家（站）迁址"),
            Map.entry(StationClosed.class, "代表之家（站）停用"),
            Map.entry(StationReopened.class, "代表之家（站）恢复使用"),
            Map.entry(StationQrCodeReissued.class, "重新生成家站码"),
            Map.entry(cn.luzhi.events.station.LiaisonPointDesignated.class, "设为基层立法联系点"),
            Map.entry(cn.luzhi.events.station.LiaisonPointRevoked.class, "撤销基层立法联系点"),
            Map.entry(cn.luzhi.events.station.DutyRotaPublished.class, "发布接待值班表"),
            Map.entry(DeputyRegistered.class, "登记人大代表"),
            Map.entry(DeputyTransferred.class, "代表调整进站"),
            Map.entry(DeputyProfessionalGroupChanged.class, "代表调整专业小组"),
            Map.entry(DeputyQrCodeReissued.class, "重新生成代表码"),
            Map.entry(DeputyAddedToMediatorPool.class, "代表加入调解员库"),
            Map.entry(DeputyRemovedFromMediatorPool.class, "代表移出调解员库"),
            Map.entry(DeputyTermEnded.class, "代表任期届满"),
            Map.entry(DeputyMandateTerminated.class, "代表资格终止"),
            Map.entry(HandlingUnitRegistered.class, "登记承办单位"),
            Map.entry(HandlingUnitRenamed.class, "承办单位更名"),
            Map.entry(HandlingUnitDeactivated.class, "承办单位停用"),
            Map.entry(HandlingUnitReactivated.class, "承办单位恢复使用"),
            Map.entry(PersonalDataForgotten.class, "删除个人信息（被遗忘权）"),
            Map.entry(PersonalDataViewed.class, "查看个人信息全文"),
            Map.entry(AccountCreated.class, "开设账号"),
            Map.entry(AccountRoleChanged.class, "变更账号角色或关联"),
            Map.entry(AccountDisabled.class, "停用账号"),
            Map.entry(AccountEnabled.class, "启用账号"),
            Map.entry(AccountPasswordReset.class, "重置账号密码"),
            Map.entry(AccountPasswordChanged.class, "本人修改密码"),
            Map.entry(AccountLockoutReleased.class, "解除账号锁定"));

    private CaseActions() {
    }

    /** Every event type that has words of its own. */
    public static Set<Class<?>> eventTypes() {
        return ACTIONS.keySet();
    }

    /** The words for an event of {@code eventType}, when it has any. */
    public static Optional<String> label(Class<?> eventType) {
        return Optional.ofNullable(ACTIONS.get(eventType));
    }

    /** The ticker's words for an event of {@code eventType}; a type added later shows as a plain update. */
    public static String of(Class<?> eventType, String caseTypeLabel) {
        return ACTIONS.getOrDefault(eventType, caseTypeLabel + "有更新");
    }
}
