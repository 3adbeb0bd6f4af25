package cn.luzhi.events.personaldata;

import cn.luzhi.events.common.PersonRef;
import org.axonframework.serialization.Revision;

/** A person's personal data was erased from the vault; read models must drop any copy they keep. */
@Revision("1")
public record PersonalDataForgotten(PersonRef personRef, String reason) {
}
