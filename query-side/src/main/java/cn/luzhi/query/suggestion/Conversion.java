package cn.luzhi.query.suggestion;

/** A direction of the conversion between deputies' suggestions and procuratorates' ones (双向衔接转化). */
public enum Conversion {
    /** A deputy's suggestion passed to a procuratorate as the source of a public-interest suggestion. */
    TO_PROCURATORATE,
    /** A deputy's suggestion drafted from a procuratorate's public-interest suggestion. */
    FROM_PROCURATORATE
}
