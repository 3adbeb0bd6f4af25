import { mountWorkPage } from '../../shell/workApp.js';
import MediationCasePage from './MediationCasePage.vue';

mountWorkPage(MediationCasePage);
