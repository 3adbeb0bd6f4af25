import { mountWorkPage } from '../../shell/workApp.js';
import ReceptionFiguresPage from './ReceptionFiguresPage.vue';

mountWorkPage(ReceptionFiguresPage);
