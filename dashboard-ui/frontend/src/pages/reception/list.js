import { mountWorkPage } from '../../shell/workApp.js';
import ReceptionsPage from './ReceptionsPage.vue';

mountWorkPage(ReceptionsPage);
