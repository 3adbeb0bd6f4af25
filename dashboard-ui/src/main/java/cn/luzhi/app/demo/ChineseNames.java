package cn.luzhi.app.demo;

import cn.luzhi.events.deputy.Gender;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plausible names and phone numbers for demo people, drawn from a caller's random generator so that a seeded
 * generator always yields the same people. Common surnames come up more often, as they do in the register;
 * Mongolian deputies, as many do, go by a Mongolian given name, sometimes after a Han surname.
 */
final class ChineseNames {

    /** The most common surnames appear three times, so they are drawn about three times as often. */
    private static final List<String> SURNAMES = List.of(
            "王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "刘", "陈", "陈", "杨", "杨", "赵", "赵",
            "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "高", "林", "何", "郭", "郭", "马", "马", "罗", "梁", "宋",
            "郑", "谢", "韩", "韩", "唐", "冯", "于", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "彭", "吕", "苏",
            "卢", "蒋", "蔡", "贾", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "田", "任",
            "姜", "范", "方", "石", "姚", "谭", "邹", "熊", "金", "陆", "郝", "郝", "孔", "白", "白", "崔", "康", "毛",
            "邱", "秦", "史", "侯", "邵", "孟", "段", "雷", "尹", "常", "武", "武", "乔", "乔", "贺", "云", "霍", "温");

    private static final String MALE_CHARACTERS = "建国军伟强磊勇杰涛明超华平刚辉斌峰鹏宇志海东林波俊文飞亮晓成永宏庆春福龙德新利金忠凯";
    private static final String FEMALE_CHARACTERS = "秀英丽敏静燕芳娟霞红玲桂兰梅琳婷慧雪洁丹萍颖倩艳莉云凤娜晶琴瑶欣悦";

    private static final List<String> MONGOLIAN_MALE = List.of(
            "巴特尔", "额尔敦", "阿拉坦仓", "苏和", "宝音", "孟和", "朝鲁", "那顺", "毕力格", "吉日嘎拉", "图门", "哈斯",
            "巴雅尔", "额尔德木图", "布和");
    private static final List<String> MONGOLIAN_FEMALE = List.of(
            "其其格", "乌兰", "萨仁", "图雅", "斯琴", "敖登", "娜仁花", "乌日娜", "高娃", "塔娜", "阿茹娜", "萨日娜",
            "格日勒", "托娅");
    private static final List<String> MONGOLIAN_SURNAMES = List.of("包", "白", "韩", "云", "宝", "吴");

    private final RandomGenerator random;

    ChineseNames(RandomGenerator random) {
        this.random = random;
    }

    /** A Han name: a surname and one or (more often) two given-name characters. */
    String han(Gender gender) {
        String characters = gender == Gender.FEMALE ? FEMALE_CHARACTERS : MALE_CHARACTERS;
        StringBuilder name = new StringBuilder(pick(SURNAMES));
        int length = random.nextInt(4) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(characters.charAt(random.nextInt(characters.length())));
        }
        return name.toString();
    }

    /** A Mongolian name, with a Han surname before it about a third of the time. */
    String mongolian(Gender gender) {
        String given = pick(gender == Gender.FEMALE ? MONGOLIAN_FEMALE : MONGOLIAN_MALE);
        return random.nextInt(3) == 0 ? pick(MONGOLIAN_SURNAMES) + given : given;
    }

    /** A mainland mobile number (1[3-9] and nine digits) that matches the API's phone pattern. */
    String mobilePhone() {
        StringBuilder phone = new StringBuilder("1").append(3 + random.nextInt(7));
        for (int i = 0; i < 9; i++) {
            phone.append(random.nextInt(10));
        }
        return phone.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
