package cn.luzhi.events.common;

/** A value with a label that users read (zh-CN). */
public interface Labelled {

    String label();
}
