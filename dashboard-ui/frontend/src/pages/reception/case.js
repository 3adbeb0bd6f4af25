import { mountWorkPage } from '../../shell/workApp.js';
import ReceptionPage from './ReceptionPage.vue';

mountWorkPage(ReceptionPage);
