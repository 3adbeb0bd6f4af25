import { mountWorkPage } from '../../shell/workApp.js';
import LegislativeDraftPage from './LegislativeDraftPage.vue';

mountWorkPage(LegislativeDraftPage);
