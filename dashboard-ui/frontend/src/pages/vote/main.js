import { mountWorkPage } from '../../shell/workApp.js';
import VotePage from './VotePage.vue';

mountWorkPage(VotePage);
