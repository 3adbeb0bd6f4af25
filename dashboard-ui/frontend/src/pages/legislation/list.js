import { mountWorkPage } from '../../shell/workApp.js';
import LegislativeDraftsPage from './LegislativeDraftsPage.vue';

mountWorkPage(LegislativeDraftsPage);
