import { mountWorkPage } from '../../shell/workApp.js';
import BallotsPage from './BallotsPage.vue';

mountWorkPage(BallotsPage);
