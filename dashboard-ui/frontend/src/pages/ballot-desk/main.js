import { mountWorkPage } from '../../shell/workApp.js';
import BallotDeskPage from './BallotDeskPage.vue';

mountWorkPage(BallotDeskPage);
