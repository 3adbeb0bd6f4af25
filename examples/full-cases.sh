#!/usr/bin/env bash
# Walks one case of each type through its whole lifecycle over Luzhi's command API, printing every step.
# Needs only bash, curl and md5sum (or md5); no jq. Stops with a non-zero exit on the first unexpected status.
#
#   LUZHI_URL=http://localhost:8080 LUZHI_DEMO_PASSWORD=luzhi-demo examples/full-cases.sh
#
# Reference data uses fixed ids and fixed Idempotency-Keys, so running the script again replays those steps
# (200, "replayed":true) instead of failing; every case is new on every run.
set -euo pipefail

BASE=${LUZHI_URL:-http://localhost:8080}
BASE=${BASE%/}
PASSWORD=${LUZHI_DEMO_PASSWORD:-luzhi-demo}
# Every time the script prints or sends is UTC; bash's printf %(...)T follows TZ.
export TZ=UTC

# What the last request answered: HTTP status, JSON body, Date header; VERSION is the case's current version.
STATUS=
ANSWER=
DATE_HEADER=
VERSION=

die() {
    printf '\n✗ %s\n' "$*" >&2
    exit 1
}

# call STEP EXPECTED USER PATH [HEADER...] <<< BODY
# POSTs the JSON body on stdin as USER and prints the step. EXPECTED lists the acceptable statuses ("201 200").
# A 2xx answer moves VERSION to the version it reports.
call() {
    local step=$1 expected=$2 user=$3 path=$4 body response rest headers header
    shift 4
    IFS= read -r -d '' body || true
    body=${body%$'\n'}
    # An empty Expect header keeps curl from asking for "100 Continue", whose extra header block would
    # end up in the answer.
    local args=(--silent --show-error --include --write-out '\n%{http_code}' --request POST
        --user "$user:$PASSWORD" --header 'Content-Type: application/json' --header 'Expect:'
        --data-binary "$body")
    for header in "$@"; do
        args+=(--header "$header")
    done
    printf '\n▶ %s\n  %s  POST %s' "$step" "$user" "$path"
    for header in "$@"; do
        printf '  [%s]' "$header"
    done
    printf '\n  请求: %s\n' "${body//$'\n'/$'\n        '}"
    response=$(curl "${args[@]}" "$BASE$path") || die "无法连接 $BASE"
    STATUS=${response##*$'\n'}
    rest=${response%$'\n'*}
    headers=${rest%%$'\r\n\r\n'*}
    ANSWER=${rest#*$'\r\n\r\n'}
    DATE_HEADER=
    if [[ $headers =~ [Dd]ate:\ ([^$'\r']*) ]]; then
        DATE_HEADER=${BASH_REMATCH[1]}
    fi
    printf '  HTTP %s\n  应答: %s\n' "$STATUS" "$ANSWER"
    [[ " $expected " == *" $STATUS "* ]] || die "「$step」意外的状态 $STATUS（期望 $expected），脚本停止"
    if [[ $STATUS == 2* ]]; then
        VERSION=$(field version)
    fi
}

# act STEP USER PATH <<< BODY: an action on the current case, expecting 200, with the case's version as If-Match.
act() {
    local step=$1 user=$2 path=$3
    call "$step" 200 "$user" "$path" "If-Match: \"$VERSION\""
}

# ensure STEP USER PATH IDEMPOTENCY-KEY <<< BODY: creates a reference record once. A rerun replays the
# first answer (200); a record created earlier under another key answers 409 already-exists and is kept.
ensure() {
    local step=$1 user=$2 path=$3 key=$4
    call "$step" "201 200 409" "$user" "$path" "Idempotency-Key: $key"
    if [[ $STATUS == 409 && $ANSWER != *'urn:luzhi:problem:already-exists'* ]]; then
        die "「$step」被拒绝，脚本停止"
    fi
}

# field NAME: a top-level scalar of the last answer (quotes removed), empty when absent or null.
field() {
    local pattern="\"$1\":(\"[^\"]*\"|[^,}]*)" value
    [[ $ANSWER =~ $pattern ]] || return 0
    value=${BASH_REMATCH[1]}
    [[ $value == null ]] && return 0
    value=${value#\"}
    printf '%s' "${value%\"}"
}

# The last answer's Date header as seconds since 1970: times the script sends follow the server's clock,
# so a client clock that is a little off cannot make a mediation session "later than now".
server_epoch() {
    local months=JanFebMarAprMayJunJulAugSepOctNovDec prefix d m y hh mm ss era yoe doy
    [[ $DATE_HEADER =~ ([0-9]{1,2})\ ([A-Z][a-z]{2})\ ([0-9]{4})\ ([0-9]{2}):([0-9]{2}):([0-9]{2}) ]] \
        || die "应答缺少 Date 头"
    d=$((10#${BASH_REMATCH[1]})) y=${BASH_REMATCH[3]}
    hh=$((10#${BASH_REMATCH[4]})) mm=$((10#${BASH_REMATCH[5]})) ss=$((10#${BASH_REMATCH[6]}))
    prefix=${months%%"${BASH_REMATCH[2]}"*}
    m=$((${#prefix} / 3 + 1))
    # Days from the civil date (Howard Hinnant's algorithm), valid for any year after 1970.
    y=$((y - (m <= 2)))
    era=$((y / 400)) yoe=$((y - y / 400 * 400))
    doy=$(((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1))
    echo $(((era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468) * 86400 + hh * 3600 + mm * 60 + ss))
}

iso_instant() {
    printf '%(%Y-%m-%dT%H:%M:%SZ)T' "$1"
}

iso_date() {
    printf '%(%Y-%m-%d)T' "$1"
}

md5_hex() {
    if command -v md5sum >/dev/null; then
        local hash
        read -r hash _ < <(printf '%s' "$1" | md5sum)
        printf '%s' "$hash"
    else
        printf '%s' "$1" | md5 -q
    fi
}

# Java's UUID.nameUUIDFromBytes (a version-3 UUID): LivelihoodProject.idFor names a project after
# "<ballotId>/<candidateId>", so the project id is known without reading the event store.
project_id() {
    local h b6 b8
    h=$(md5_hex "$1/$2")
    b6=$(((16#${h:12:2} & 0x0f) | 0x30))
    b8=$(((16#${h:16:2} & 0x3f) | 0x80))
    printf '%s-%s-%02x%s-%02x%s-%s' "${h:0:8}" "${h:8:4}" "$b6" "${h:14:2}" "$b8" "${h:18:2}" "${h:20:12}"
}

section() {
    printf '\n\n══════ %s ══════\n' "$1"
}

curl --silent --fail --output /dev/null "$BASE/actuator/health" || die "$BASE 无法访问（/actuator/health），请先启动应用"
printf '目标: %s\n' "$BASE"

# ─────────────────────────────────────────────────────────────────────────────────────────────────────────
section "一、基础数据（行政区划、代表之家、代表、承办单位、法院）"

DISTRICT=150102
TOWN=150102001
STATION=st-150102001
DEPUTY_1=deputy-wang-jianguo
DEPUTY_2=deputy-li-xiuying
DEPUTY_3=deputy-zhao-zhigang
UNIT=unit-xc-housing
COURT=unit-xc-court

ensure "登记行政区划：新城区（区级，150102）" admin /api/regions example-region-150102 <<EOF
{"regionId": "$DISTRICT", "name": "新城区", "level": "DISTRICT", "parentId": null}
EOF
ensure "登记行政区划：示例镇（乡级，150102001）" admin /api/regions example-region-150102001 <<EOF
{"regionId": "$TOWN", "name": "示例镇", "level": "TOWN", "parentId": "$DISTRICT"}
EOF
ensure "开设代表之家（生成家站码）" admin /api/stations example-station-150102001 <<EOF
{"stationId": "$STATION", "name": "示例镇人大代表之家", "kind": "HOME", "setting": "TOWN",
 "level": "TOWNSHIP", "regionId": "$TOWN", "address": "示例镇人民路1号", "openedOn": "2024-03-01"}
EOF
ensure "登记代表：王建国（生成代表码）" admin /api/deputies example-deputy-wang-jianguo <<EOF
{"deputyId": "$DEPUTY_1", "name": "王建国", "gender": "MALE", "ethnicity": "汉族", "level": "COUNTY",
 "constituency": "示例镇第一选区", "stationId": "$STATION", "professionalGroup": "SOCIAL_AFFAIRS",
 "term": {"number": 12, "startYear": 2022, "endYear": 2027}, "mobilePhone": "13800000001"}
EOF
ensure "登记代表：李秀英" admin /api/deputies example-deputy-li-xiuying <<EOF
{"deputyId": "$DEPUTY_2", "name": "李秀英", "gender": "FEMALE", "ethnicity": "蒙古族", "level": "COUNTY",
 "constituency": "示例镇第二选区", "stationId": "$STATION", "professionalGroup": "LAW_SUPERVISION_AND_JUSTICE",
 "term": {"number": 12, "startYear": 2022, "endYear": 2027}, "mobilePhone": null}
EOF
ensure "登记代表：赵志刚" admin /api/deputies example-deputy-zhao-zhigang <<EOF
{"deputyId": "$DEPUTY_3", "name": "赵志刚", "gender": "MALE", "ethnicity": null, "level": "TOWNSHIP",
 "constituency": "示例镇第三选区", "stationId": "$STATION", "professionalGroup": "AGRICULTURE_AND_ECOLOGY",
 "term": {"number": 12, "startYear": 2022, "endYear": 2027}, "mobilePhone": null}
EOF
call "王建国加入调解员库" 200 admin "/api/deputies/$DEPUTY_1/join-mediator-pool" \
    "Idempotency-Key: example-mediator-pool-$DEPUTY_1" <<<'{}'
call "李秀英加入调解员库" 200 admin "/api/deputies/$DEPUTY_2/join-mediator-pool" \
    "Idempotency-Key: example-mediator-pool-$DEPUTY_2" <<<'{}'
ensure "登记承办单位：新城区住房和城乡建设局" admin /api/units example-unit-xc-housing <<EOF
{"handlingUnitId": "$UNIT", "name": "新城区住房和城乡建设局", "kind": "GOVERNMENT_DEPARTMENT",
 "regionId": "$DISTRICT", "contactOffice": "办公室"}
EOF
ensure "登记承办单位：新城区人民法院" admin /api/units example-unit-xc-court <<EOF
{"handlingUnitId": "$COURT", "name": "新城区人民法院", "kind": "COURT", "regionId": "$DISTRICT",
 "contactOffice": "立案庭"}
EOF

NOW=$(server_epoch)
YEAR=$(printf '%(%Y)T' "$NOW")
RUN=$(printf '%(%Y%m%d%H%M%S)T' "$NOW")-$$

# ─────────────────────────────────────────────────────────────────────────────────────────────────────────
section "二、民意诉求：登记 > 受理 > 转办 > 督办 > 答复 > 跟进 > 评价 > 办结"

SUBMIT_KEY=example-petition-$RUN
read -r -d '' SUBMIT <<EOF || true
{"source": "DEPUTY_QR_CODE", "regionId": "$TOWN", "deputyId": "$DEPUTY_1", "stationId": null,
 "petitioner": {"name": "孙某某", "phone": "13900000002", "idNumber": null},
 "title": "小区门口路灯不亮", "content": "人民路12号小区门口三盏路灯坏了三个月，夜间出行不便。"}
EOF
call "群众扫代表码登记诉求（带 Idempotency-Key）" 201 citizen /api/petitions "Idempotency-Key: $SUBMIT_KEY" <<<"$SUBMIT"
PETITION=$(field aggregateId)
FIRST_VERSION=$VERSION
call "网络重试：同一 Idempotency-Key 再次提交，返回首次结果、不重复登记" 200 citizen /api/petitions \
    "Idempotency-Key: $SUBMIT_KEY" <<<"$SUBMIT"
[[ $(field aggregateId) == "$PETITION" && $(field replayed) == true && $VERSION == "$FIRST_VERSION" ]] \
    || die "重试没有返回首次结果"
printf '  ✓ 同一诉求 %s，版本 %s，replayed=true\n' "$PETITION" "$VERSION"

call "状态不允许的操作：待受理的诉求不能办结" 409 clerk "/api/petitions/$PETITION/close" <<<'{"reason": "试图直接办结"}'
[[ -n $(field detail) ]] || die "409 应答缺少原因"
printf '  ✓ 拒绝原因: %s\n' "$(field detail)"

act "代表受理诉求" deputy "/api/petitions/$PETITION/accept" <<EOF
{"deputyId": "$DEPUTY_1", "reason": "属于城市管理问题，由本代表跟进"}
EOF
call "过期的 If-Match：按第 0 版转办，而诉求已是第 $VERSION 版" 409 deputy "/api/petitions/$PETITION/forward" \
    'If-Match: "0"' <<EOF
{"unitIds": ["$UNIT"], "replyDueAt": null, "reason": "基于旧页面的转办"}
EOF
[[ -n $(field currentVersion) ]] || die "409 应答缺少 currentVersion"
printf '  ✓ 期望第 %s 版，当前第 %s 版: %s\n' "$(field expectedVersion)" "$(field currentVersion)" "$(field detail)"

act "转交承办单位（默认答复期限）" deputy "/api/petitions/$PETITION/forward" <<EOF
{"unitIds": ["$UNIT"], "replyDueAt": null, "reason": "请住建局核实维修"}
EOF
act "督办人员督办" supervisor "/api/petitions/$PETITION/urge" <<<'{"reason": "群众反映强烈，请尽快答复"}'
act "承办单位答复" unit "/api/petitions/$PETITION/reply" <<EOF
{"unitId": "$UNIT", "reply": "已更换三盏路灯灯具并恢复照明，今后纳入日常巡检。"}
EOF
act "代表跟进回访" deputy "/api/petitions/$PETITION/follow-up" <<<'{"note": "现场查看路灯已亮，电话告知群众。"}'
act "群众评价：满意" citizen "/api/petitions/$PETITION/rate" <<<'{"satisfaction": "SATISFIED", "reason": "修得很快"}'
act "办结" clerk "/api/petitions/$PETITION/close" <<<'{"reason": "群众满意，予以办结"}'

# ─────────────────────────────────────────────────────────────────────────────────────────────────────────
section "三、代表建议：起草 > 联名 > 提交 > 立案 > 交办 > 见面沟通 > 答复（A类） > 评价 > 办结"

call "领衔代表起草建议" 201 deputy /api/suggestions <<EOF
{"kind": "SUGGESTION", "leadDeputyId": "$DEPUTY_1", "regionId": "$TOWN", "title": "关于加快老旧小区加装电梯的建议",
 "content": "示例镇老旧小区老年住户多，建议简化加装电梯审批并给予补贴。", "procuratorateReference": null}
EOF
SUGGESTION=$(field aggregateId)
act "代表李秀英联名" deputy "/api/suggestions/$SUGGESTION/co-sign" <<<"{\"deputyId\": \"$DEPUTY_2\"}"
act "代表赵志刚联名" deputy "/api/suggestions/$SUGGESTION/co-sign" <<<"{\"deputyId\": \"$DEPUTY_3\"}"
act "闭会期间提交" deputy "/api/suggestions/$SUGGESTION/submit" <<<'{"sessionPeriod": "RECESS"}'
act "代表工委立案" clerk "/api/suggestions/$SUGGESTION/accept" <<<'{"reason": "符合立案条件"}'
act "交办主办单位" clerk "/api/suggestions/$SUGGESTION/assign" <<EOF
{"leadUnitId": "$UNIT", "coUnitIds": [], "reason": "由住建局主办"}
EOF
act "承办单位与代表见面沟通" unit "/api/suggestions/$SUGGESTION/meet" <<EOF
{"unitId": "$UNIT", "note": "与王建国代表座谈，了解小区意愿和资金缺口。"}
EOF
act "主办单位答复：A类（已解决或采纳）" unit "/api/suggestions/$SUGGESTION/reply" <<EOF
{"unitId": "$UNIT", "result": "SOLVED_OR_ADOPTED", "reply": "已出台加装电梯简化审批办法，每台补贴二十万元。"}
EOF
act "领衔代表评价：满意" deputy "/api/suggestions/$SUGGESTION/rate" <<<'{"satisfaction": "SATISFIED", "reason": "答复具体"}'
act "办结" clerk "/api/suggestions/$SUGGESTION/close" <<<'{"reason": null}'

# ─────────────────────────────────────────────────────────────────────────────────────────────────────────
section "四、诉前调解：法院委派 > 指派调解员 > 调解 > 调解成功 > 司法确认 > 回访"

call "法院委派诉前调解案件" 201 unit /api/mediation-cases <<EOF
{"courtId": "$COURT", "disputeType": "NEIGHBOURS", "regionId": "$TOWN",
 "parties": [{"name": "刘某", "phone": "13700000003", "idNumber": null},
             {"name": "陈某", "phone": null, "idNumber": null}],
 "amountInDispute": 8000.00, "summary": "楼上漏水致楼下房屋受损，双方就赔偿数额发生争议。"}
EOF
MEDIATION=$(field aggregateId)
# The session below is dated by the next answer's Date header; a second's pause puts that after the referral.
sleep 1
act "从调解员库指派代表调解员" clerk "/api/mediation-cases/$MEDIATION/assign-mediators" <<EOF
{"deputyIds": ["$DEPUTY_1", "$DEPUTY_2"], "reason": "两位代表熟悉邻里纠纷"}
EOF
act "记录一次调解" deputy "/api/mediation-cases/$MEDIATION/record-session" <<EOF
{"mediatorId": "$DEPUTY_1", "heldAt": "$(iso_instant "$(server_epoch)")", "place": "示例镇人大代表之家调解室",
 "summary": "双方到场，查看现场照片，就维修费用初步达成一致。"}
EOF
act "登记调解成功（协议及金额）" deputy "/api/mediation-cases/$MEDIATION/settle" <<<'{"agreement": "楼上住户赔偿维修费用五千元，十日内付清。", "settledAmount": 5000}'
act "法院司法确认" unit "/api/mediation-cases/$MEDIATION/confirm-judicially" <<<"{\"rulingNumber\": \"（$YEAR）内0102民特88号\"}"
act "回访当事人" deputy "/api/mediation-cases/$MEDIATION/follow-up" <<<'{"note": "赔偿已付清，双方关系恢复。", "satisfaction": "SATISFIED"}'

# ─────────────────────────────────────────────────────────────────────────────────────────────────────────
section "五、民生实事项目票决：创建 > 征集 > 初定 > 开始投票 > 签到 > 投票 > 截止 > 公布 > 项目实施"

call "创建票决并开始征集" 201 clerk /api/ballots <<EOF
{"regionId": "$DISTRICT", "year": $YEAR, "level": "CONGRESS", "title": "新城区${YEAR}年民生实事项目票决"}
EOF
BALLOT=$(field aggregateId)
act "征集候选项目：老旧小区加装电梯（代表提出）" clerk "/api/ballots/$BALLOT/collect-candidate" <<<'{"candidateId": "elevators", "title": "老旧小区加装电梯", "description": "为示例镇三十个老旧小区加装电梯。", "proposerKind": "DEPUTY", "estimatedBudget": 6000000.00}'
act "征集候选项目：社区食堂（群众建议）" clerk "/api/ballots/$BALLOT/collect-candidate" <<<'{"candidateId": "canteens", "title": "社区老年食堂", "description": "新建十个社区老年食堂。", "proposerKind": "CITIZEN", "estimatedBudget": 2500000.00}'
act "征集候选项目：背街小巷改造（政府部门提出）" clerk "/api/ballots/$BALLOT/collect-candidate" <<<'{"candidateId": "alleys", "title": "背街小巷改造", "description": "改造二十条背街小巷的路面和照明。", "proposerKind": "GOVERNMENT", "estimatedBudget": 4000000.00}'
act "政府初定候选项目名单" unit "/api/ballots/$BALLOT/shortlist" <<<'{"candidateIds": ["elevators", "canteens", "alleys"], "reason": "三项均经可行性论证"}'
CLOSES_AT=$(iso_instant $(($(server_epoch) + 300)))
act "开始投票：最多选两项，三位代表表决，五分钟后截止" clerk "/api/ballots/$BALLOT/open" <<EOF
{"maxChoices": 2, "deputyIds": ["$DEPUTY_1", "$DEPUTY_2", "$DEPUTY_3"], "closesAt": "$CLOSES_AT"}
EOF
# Every deputy checks in before anyone votes: a vote right after a lone check-in would point to its voter.
declare -A PAPER
for deputy in "$DEPUTY_1" "$DEPUTY_2" "$DEPUTY_3"; do
    act "代表签到领取选票码（$deputy）" deputy "/api/ballots/$BALLOT/check-in" <<<"{\"deputyId\": \"$deputy\"}"
    PAPER[$deputy]=$(field result)
    [[ -n ${PAPER[$deputy]} ]] || die "签到应答缺少选票码（result）"
done
call "凭选票码投票：电梯、食堂" 200 deputy "/api/ballots/$BALLOT/vote" <<EOF
{"paperCode": "${PAPER[$DEPUTY_1]}", "choices": ["elevators", "canteens"]}
EOF
call "凭选票码投票：电梯、食堂" 200 deputy "/api/ballots/$BALLOT/vote" <<EOF
{"paperCode": "${PAPER[$DEPUTY_2]}", "choices": ["elevators", "canteens"]}
EOF
call "凭选票码投票：电梯、小巷" 200 deputy "/api/ballots/$BALLOT/vote" <<EOF
{"paperCode": "${PAPER[$DEPUTY_3]}", "choices": ["elevators", "alleys"]}
EOF
act "全部代表已投票，提前截止" clerk "/api/ballots/$BALLOT/close" <<<'{"reason": "应到三人，实到三人，均已投票"}'
act "计票并公布结果（过半数的项目立项）" clerk "/api/ballots/$BALLOT/publish-tally" <<<'{}'

PROJECT=$(project_id "$BALLOT" elevators)
printf '\n  立项项目「老旧小区加装电梯」编号: %s（按 LivelihoodProject.idFor 推算）\n' "$PROJECT"
# The project's first event, its approval, is version 0.
VERSION=0
act "制定项目里程碑" unit "/api/projects/$PROJECT/plan-milestones" <<EOF
{"milestones": [{"name": "方案设计", "dueDate": "$YEAR-03-31"}, {"name": "开工建设", "dueDate": "$YEAR-06-30"},
                {"name": "竣工验收", "dueDate": "$YEAR-11-30"}]}
EOF
act "登记进度 30%：方案设计完成" unit "/api/projects/$PROJECT/record-progress" <<<'{"percent": 30, "note": "三十个小区的加装方案均已通过评审。", "milestone": "方案设计"}'
act "登记进度 70%：开工建设" unit "/api/projects/$PROJECT/record-progress" <<<'{"percent": 70, "note": "二十一部电梯已完成井道施工。", "milestone": "开工建设"}'
act "登记进度 100%：竣工验收" unit "/api/projects/$PROJECT/record-progress" <<<'{"percent": 100, "note": "三十部电梯全部通过特种设备验收。", "milestone": "竣工验收"}'
act "代表视察项目" deputy "/api/projects/$PROJECT/inspect" <<EOF
{"deputyIds": ["$DEPUTY_1", "$DEPUTY_2"], "inspectedOn": "$(iso_date "$(server_epoch)")",
 "findings": "抽查五部电梯运行正常，居民反映良好，建议加强后期维保。"}
EOF
act "项目完工" unit "/api/projects/$PROJECT/complete" <<<'{"reason": "已全部竣工验收"}'
act "满意度测评" clerk "/api/projects/$PROJECT/rate" <<<'{"satisfied": 2, "basicallySatisfied": 1, "unsatisfied": 0, "reason": "代表测评结果"}'

section "全部步骤均按预期完成"
printf '诉求 %s\n建议 %s\n调解案件 %s\n票决 %s\n项目 %s\n' "$PETITION" "$SUGGESTION" "$MEDIATION" "$BALLOT" "$PROJECT"
