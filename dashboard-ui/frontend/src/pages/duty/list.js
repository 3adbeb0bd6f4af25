import { mountWorkPage } from '../../shell/workApp.js';
import DutyActivitiesPage from './DutyActivitiesPage.vue';

mountWorkPage(DutyActivitiesPage);
