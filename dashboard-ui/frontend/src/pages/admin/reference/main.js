import { mountWorkPage } from '../../../shell/workApp.js';
import ReferencePage from './ReferencePage.vue';

mountWorkPage(ReferencePage);
