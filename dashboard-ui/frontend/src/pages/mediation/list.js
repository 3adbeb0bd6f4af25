import { mountWorkPage } from '../../shell/workApp.js';
import MediationCasesPage from './MediationCasesPage.vue';

mountWorkPage(MediationCasesPage);
