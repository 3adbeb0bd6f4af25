import { mountWorkPage } from '../../shell/workApp.js';
import BallotCasePage from './BallotCasePage.vue';

mountWorkPage(BallotCasePage);
