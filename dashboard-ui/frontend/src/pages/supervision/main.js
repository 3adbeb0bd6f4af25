import { mountWorkPage } from '../../shell/workApp.js';
import SupervisionPage from './SupervisionPage.vue';

mountWorkPage(SupervisionPage);
