import { mountWorkPage } from '../../shell/workApp.js';
import IntegrityPage from './IntegrityPage.vue';

mountWorkPage(IntegrityPage);
