package cn.luzhi.events.common;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names, phone numbers and ID numbers look to those who may not see them in full (docs/roles.md): the one
 * place that masks them, so that every response and export masks them alike.
 * <ul>
 *   <li>name: the surname stays, every other character becomes {@code *} ({@code 张*}, {@code 欧阳**});</li>
 *   <li>phone: the first 3 and the last 4 digits stay ({@code 138****1234});</li>
 *   <li>ID number: the first 6 (the region of issue) and the last 4 stay ({@code 150102********123X}).</li>
 * </ul>
 * Values too short to keep anything are masked whole; null stays null.
 */
public final class PersonalDataMask {

    /** Two-character surnames (复姓) that stay whole, so that 欧阳娜娜 shows as 欧阳**, not 欧***. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木",
            "独孤", "南宫", "西门", "百里", "呼延", "万俟", "申屠", "澹台", "公冶", "太史", "钟离", "闻人", "赫连", "濮阳", "拓跋", "左丘",
            "第五", "东郭", "司空", "仲孙", "单于", "亓官", "司寇", "子车", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "段干",
            "东门", "羊舌", "微生", "梁丘", "公西", "巫马");
    private static final Pattern PHONE_OR_ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])(?:(1[3-9]\\d{9})|(0\\d{2,3}-\\d{7,8})|(\\d{17}[0-9Xx]))(?![0-9A-Za-z])");
    private static final String FOUR = "****";
    private static final String EIGHT = "********";

    private PersonalDataMask() {
    }

    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length <= 1) {
            return chars.length == 0 ? "" : "*";
        }
        int kept = chars.length > 2 && COMPOUND_SURNAMES.contains(new String(chars, 0, 2)) ? 2 : 1;
        return new String(chars, 0, kept) + "*".repeat(chars.length - kept);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() < 8 ? "*".repeat(phone.length())
                : phone.substring(0, 3) + FOUR + phone.substring(phone.length() - 4);
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        return idNumber.length() < 12 ? "*".repeat(idNumber.length())
                : idNumber.substring(0, 6) + EIGHT + idNumber.substring(idNumber.length() - 4);
    }

    /**
     * A text that may quote a client's input (an error's detail, a path, a field name) with every mobile or landline
     * number and every ID number in it masked. Names cannot be recognised in free text: they never reach such texts
     * because no message quotes a field's value.
     */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PHONE_OR_ID_NUMBER.matcher(text);
        StringBuilder scrubbed = new StringBuilder();
        while (matcher.find()) {
            String masked = matcher.group(3) != null ? idNumber(matcher.group()) : phone(matcher.group());
            matcher.appendReplacement(scrubbed, Matcher.quoteReplacement(masked));
        }
        return matcher.appendTail(scrubbed).toString();
    }
}
