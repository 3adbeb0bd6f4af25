import { mountWorkPage } from '../../shell/workApp.js';
import DutyActivityPage from './DutyActivityPage.vue';

mountWorkPage(DutyActivityPage);
