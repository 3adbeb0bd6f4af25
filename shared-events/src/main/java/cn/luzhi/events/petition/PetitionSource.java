package cn.luzhi.events.petition;

import cn.luzhi.events.common.Labelled;

/** How a petition reached the deputies. */
public enum PetitionSource implements Labelled {
    DEPUTY_QR_CODE("代表码"),
    STATION_QR_CODE("家站码"),
    STATION_VISIT("进站接待"),
    HOTLINE_12345("12345疑难工单"),
    LETTERS_AND_VISITS("信访代办"),
    LETTER_OR_PHONE("来信来电登记");

    private final String label;

    PetitionSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
