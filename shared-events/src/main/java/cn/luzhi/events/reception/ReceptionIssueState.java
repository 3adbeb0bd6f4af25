package cn.luzhi.events.reception;

import cn.luzhi.events.petition.PetitionId;

/**
 * One issue of a reception as the rules see it.
 *
 * @param number     its number within the reception, from 1
 * @param answer     the answer, given on the spot or later; null while none was given
 * @param petitionId the petition it became; null unless it was turned into one
 */
public record ReceptionIssueState(int number, String answer, PetitionId petitionId) {

    public boolean isOpen() {
        return answer == null && petitionId == null;
    }
}
